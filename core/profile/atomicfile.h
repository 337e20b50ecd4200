// Small files that must never be seen half-written (the key file above all): write a temporary file beside
// the target, flush it to disk, rename it over the target, flush the folder.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace collector {

// Replaces path atomically; the file is readable by its owner only.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);
// Renames atomically (replacing `to`) and makes the rename durable.
Status renameDurably(const QString& from, const QString& to);
// Flushes a folder's entries, so a rename or a new file inside it survives power loss.
Status syncDirectory(const QString& dir);

} // namespace collector
