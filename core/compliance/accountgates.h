// The gate asked for every contact point of an account at one instant: what the workspace shows beside each
// number and what the status bar sums up. Phones are asked about a call, e-mail about an e-mail, addresses
// about a visit.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "workspace/accountview.h"

#include <QDateTime>
#include <vector>

namespace collector {

class Database;

Channel channelFor(ContactKind kind);

Result<std::vector<GateDecision>> gatesForAccount(Database& db, const AccountView& view, const QDateTime& at);

// The decision the status bar shows: the debtor's first phone of their own that is not blocked for good,
// else the first point.
const GateDecision* headlineGate(const AccountView& view, const std::vector<GateDecision>& gates);

} // namespace collector
