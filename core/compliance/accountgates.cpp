#include "compliance/accountgates.h"

#include "compliance/storefacts.h"

namespace collector {

Channel channelFor(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Phone:
        return Channel::Call;
    case ContactKind::Email:
        return Channel::Email;
    case ContactKind::Address:
        return Channel::Visit;
    }
    return Channel::Call;
}

Result<std::vector<GateDecision>> gatesForAccount(Database& db, const AccountView& view, const QDateTime& at)
{
    std::vector<GateDecision> gates;
    gates.reserve(view.contactPoints.size());
    GateFactsReader reader(db);
    for (const ContactPointView& p : view.contactPoints) {
        auto input = reader.read({view.accountId, p.id, channelFor(p.kind), at, 0});
        if (!input)
            return input.error();
        gates.push_back(evaluateContact(input.value().pack, input.value().facts));
    }
    return gates;
}

const GateDecision* headlineGate(const AccountView& view, const std::vector<GateDecision>& gates)
{
    const GateDecision* first = nullptr;
    for (std::size_t i = 0; i < view.contactPoints.size() && i < gates.size(); ++i) {
        const ContactPointView& p = view.contactPoints[i];
        if (p.kind != ContactKind::Phone || p.holder != QLatin1String("debtor"))
            continue;
        if (!first)
            first = &gates[i];
        if (gates[i].verdict != GateVerdict::Blocked || gates[i].reopensAt)
            return &gates[i];
    }
    return first ? first : (gates.empty() ? nullptr : &gates.front());
}

} // namespace collector
