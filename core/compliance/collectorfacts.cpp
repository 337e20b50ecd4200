#include "compliance/collectorfacts.h"

#include "compliance/gate.h"
#include "store/database.h"

#include <QTimeZone>
#include <algorithm>

namespace collector {

namespace {

constexpr qint64 kHistoryMs = 31LL * 24 * 3600 * 1000; // as GateFactsReader: daily caps and 7-day periods

// The collector's debtors, for the IN (…) of the fact queries.
constexpr const char* kDebtorsOf =
    "SELECT p.debtor_id FROM account a JOIN account_party p ON p.account_id = a.id "
    "AND p.role = 'debtor' WHERE a.assigned_collector_id = ?1 AND a.status = 'active'";

template <typename Row>
Status eachRow(Database& db, const QByteArray& sql, const Id& collector, const QDateTime& at, Row row)
{
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    q.value().bind(1, collector.toBytes());
    if (sql.contains("?2")) {
        const qint64 now = at.toMSecsSinceEpoch();
        q.value().bind(2, now - kHistoryMs).bind(3, now);
    }
    return q.value().forEachRow(row);
}

} // namespace

Result<std::unique_ptr<CollectorGateFacts>> CollectorGateFacts::load(Database& db, const Id& collectorId,
                                                                     const QDateTime& at)
{
    std::unique_ptr<CollectorGateFacts> out(new CollectorGateFacts(db));
    out->m_at = at.toUTC();
    auto leases = LeaseBook::load(db);
    if (!leases)
        return leases.error();
    out->m_leases = std::move(leases.value());
    Status ok = eachRow(db,
                        "SELECT a.id, d.id, d.time_zone, d.contact_not_before, d.contact_not_after, "
                        "d.contact_hours_agreed, d.no_channels, d.vulnerable, c.rule_pack, c.rule_tightening "
                        "FROM account a JOIN creditor c ON c.id = a.creditor_id "
                        "JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' "
                        "JOIN debtor d ON d.id = p.debtor_id "
                        "WHERE a.assigned_collector_id = ?1 AND a.status = 'active'",
                        collectorId, at, [&](const Statement& s) {
                            Account& account = out->m_accounts[s.blob(0)];
                            account.debtorId = s.blob(1);
                            Debtor& debtor = out->m_debtors[account.debtorId];
                            readDebtorColumns(s, 2, debtor.base, account.packId, account.tightening);
                        });
    if (ok)
        ok = eachRow(
            db,
            QByteArray("SELECT s.debtor_id, coalesce(s.account_id, x''), s.kind, s.starts_on, s.ends_on, "
                       "(SELECT min(c.at_ms) FROM stop_event c WHERE c.kind = 'cleared' AND "
                       "c.clears_id = s.id) FROM stop_event s WHERE s.kind <> 'cleared' AND "
                       "s.debtor_id IN (") +
                kDebtorsOf + ")",
            collectorId, at, [&](const Statement& s) {
                auto debtor = out->m_debtors.find(s.blob(0));
                if (debtor == out->m_debtors.end())
                    return;
                const QTimeZone zone(debtor->base.addressTimeZone.toUtf8());
                if (auto stop = readStopColumns(s, 2, zone))
                    debtor->stops.emplace_back(s.blob(1), *stop);
            });
    if (ok)
        ok = eachRow(
            db,
            QByteArray("SELECT c.id, c.kind, c.value, c.time_zone, c.consent, c.do_not_contact, c.holder, "
                       "c.debtor_id, c.created_at_ms FROM contact_point c WHERE c.debtor_id IN (") +
                kDebtorsOf + ") ORDER BY c.created_at_ms",
            collectorId, at, [&](const Statement& s) {
                const ContactPointFacts& point =
                    out->m_points.insert(s.blob(0), readPointColumns(s, 1)).value();
                // The queue calls the debtor's own first number that may be called.
                auto debtor = out->m_debtors.find(s.blob(7));
                if (debtor != out->m_debtors.end() && debtor->firstPhone.isEmpty() &&
                    point.kind == ContactKind::Phone && !point.thirdParty && !point.doNotContact)
                    debtor->firstPhone = s.blob(0);
            });
    if (ok)
        ok = eachRow(
            db,
            // The point's number and holder come from the points read above, not a join per attempt.
            QByteArray("SELECT t.debtor_id, t.at_ms, t.channel, t.direction, t.outcome, t.right_party, "
                       "t.account_id, '', 'debtor', t.contact_point_id FROM contact_attempt t "
                       "WHERE t.at_ms >= ?2 AND t.at_ms <= ?3 AND t.debtor_id IN (") +
                kDebtorsOf + ")",
            collectorId, at, [&](const Statement& s) {
                auto debtor = out->m_debtors.find(s.blob(0));
                if (debtor == out->m_debtors.end())
                    return;
                HistoryItem item = readHistoryColumns(s, 1);
                if (const auto point = out->m_points.constFind(s.blob(9)); point != out->m_points.cend()) {
                    item.contactPoint = point->value;
                    item.toThirdParty = point->thirdParty;
                }
                debtor->history.emplace_back(s.blob(6), std::move(item));
            });
    if (!ok)
        return ok.error();
    // The gate reads the history in time order, as the one-contact reader returns it.
    for (Debtor& debtor : out->m_debtors)
        std::stable_sort(debtor.history.begin(), debtor.history.end(),
                         [](const auto& a, const auto& b) { return a.second.at < b.second.at; });
    return out;
}

Id CollectorGateFacts::firstPhone(const Id& accountId) const
{
    const auto account = m_accounts.constFind(accountId.toBytes());
    if (account == m_accounts.cend())
        return {};
    const auto debtor = m_debtors.constFind(account->debtorId);
    return debtor == m_debtors.cend() ? Id() : Id::fromBytes(debtor->firstPhone);
}

Result<GateDecision> CollectorGateFacts::evaluateCall(const Id& accountId, const Id& pointId)
{
    const auto account = m_accounts.constFind(accountId.toBytes());
    const auto point = m_points.constFind(pointId.toBytes());
    if (account == m_accounts.cend() || point == m_points.cend())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the account or its number is not on record"));
    const Debtor& debtor = m_debtors[account->debtorId];
    // Without history or stops, the answer depends only on the pack, the zones, the hours and the point's
    // flags: most of a large queue shares a handful of such answers, so each is worked out once.
    QString memoKey;
    if (debtor.history.empty() && debtor.stops.empty() && m_leases.empty()) {
        const ContactPointFacts& p = point.value();
        const ContactPreferences& pref = debtor.base.preferences;
        memoKey = account->packId + QLatin1Char('|') + account->tightening + QLatin1Char('|') +
                  debtor.base.addressTimeZone + QLatin1Char('|') + p.timeZones.join(QLatin1Char(',')) +
                  QLatin1Char('|') +
                  QString::number(int(p.doNotContact) | int(p.consent) << 1 | int(p.thirdParty) << 2 |
                                  int(debtor.base.vulnerable) << 3 | int(pref.agreed) << 4) +
                  QLatin1Char('|') + (pref.notBefore ? pref.notBefore->toString() : QString()) +
                  QLatin1Char('|') + (pref.notAfter ? pref.notAfter->toString() : QString());
        for (Channel c : pref.noChannels)
            memoKey += QLatin1Char('|') + codeOf(c);
        if (const auto known = m_memo.constFind(memoKey); known != m_memo.cend())
            return known.value();
    }
    GateFacts facts = debtor.base;
    facts.at = m_at;
    facts.channel = Channel::Call;
    facts.point = point.value();
    const QByteArray self = accountId.toBytes();
    for (const auto& [named, stop] : debtor.stops)
        if (named.isEmpty() || named == self)
            facts.stops.push_back(stop);
    m_leases.attach(facts, account->debtorId, accountId.toBytes(), pointId.toBytes());
    facts.history.reserve(debtor.history.size());
    for (const auto& [about, item] : debtor.history) {
        facts.history.push_back(item);
        facts.history.back().sameDebt = about == self;
    }
    auto pack = m_packs.packFor(facts, account->packId, account->tightening);
    if (!pack)
        return pack.error();
    GateDecision decision = evaluateContact(*pack.value(), facts);
    if (!memoKey.isEmpty())
        m_memo.insert(memoKey, decision);
    return decision;
}

} // namespace collector
