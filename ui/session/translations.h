// Loads the user-interface language: Qt's own strings (dialog buttons) and ours, en or zh_CN.
#pragma once

#include <QString>

namespace collector::ui {

// "zh_CN", "en", or empty for the system's language. False when the language has no translation.
bool installTranslations(const QString& language);

} // namespace collector::ui
