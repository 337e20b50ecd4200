#include "io/demogenerator.h"

#include "domain/nationalid.h"
#include "domain/phone.h"
#include "io/demobuilder.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <cmath>

namespace collector {

namespace demo {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kAccountsPerCollector = 250;
constexpr int kCollectorsPerTeam = 8;
} // namespace

Builder::Builder(Database& db, const DemoOptions& options)
    : m_rng(options.seed)
    , m_writer(db)
    , m_options(options)
{
    m_asOfMs = QDateTime(options.asOf, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    // Ids carry a time: hand them out in order from two years back, so the id indexes fill by appending.
    m_idClockMs = m_asOfMs - 730 * kDayMs;
}

Status Builder::buildOrganisation()
{
    static const double kCreditorWeights[] = {0.30, 0.20, 0.20, 0.18, 0.12};
    std::size_t index = 0;
    for (const CreditorSpec& spec : creditors()) {
        CreditorInfo info;
        info.spec = &spec;
        info.currency = Currency::fromCode(QString::fromLatin1(spec.currency)).value();
        info.weight = kCreditorWeights[index++];
        info.record = {nextId(), QString::fromLatin1(spec.code), QString::fromUtf8(spec.name),
                       AllocationOrder::parse(QString::fromLatin1(spec.allocationOrder)).value(),
                       spec.graceDays};
        if (auto done = m_writer.write(info.record); !done)
            return done;
        m_creditors.push_back(info);
    }

    // Two thirds of the work is Chinese, a third American, as the creditor weights make it.
    const int collectors =
        std::max(4, (m_options.accounts + kAccountsPerCollector - 1) / kAccountsPerCollector);
    const int teams = std::max(2, (collectors + kCollectorsPerTeam - 1) / kCollectorsPerTeam);
    int userNo = 0;
    for (int t = 0; t < teams; ++t) {
        TeamInfo team;
        team.id = nextId();
        team.region = (t % 3 == 2 || (teams == 2 && t == 1)) ? QStringLiteral("US") : QStringLiteral("CN");
        const bool cn = team.region == QLatin1String("CN");
        if (auto done = m_writer.write(Team{team.id, cn ? QStringLiteral("催收%1组").arg(t + 1)
                                                        : QStringLiteral("Team %1").arg(t + 1)});
            !done)
            return done;
        auto addUser = [&](UserRole role) -> Result<Id> {
            const QString name = cn ? chineseName() : englishName();
            User user{nextId(), team.id, QStringLiteral("u%1").arg(++userNo, 5, 10, QLatin1Char('0')), name,
                      role};
            if (auto done = m_writer.write(user); !done)
                return done.error();
            return user.id;
        };
        auto lead = addUser(UserRole::Lead);
        if (!lead)
            return lead.error();
        team.lead = lead.value();
        for (int c = 0; c < kCollectorsPerTeam; ++c) {
            auto collector = addUser(UserRole::Collector);
            if (!collector)
                return collector.error();
            team.collectors.push_back(collector.value());
        }
        m_summary.collectors += kCollectorsPerTeam;
        m_teams.push_back(std::move(team));
    }
    m_summary.teams = teams;
    // What every account draws from, fixed now that the teams are complete.
    for (CreditorInfo& creditor : m_creditors) {
        m_creditorWeights.push_back(creditor.weight);
        const QLatin1String region(creditor.spec->region);
        for (const City& city : cities())
            if (QLatin1String(city.region) == region)
                creditor.cities.push_back(&city);
        for (const TeamInfo& team : m_teams)
            if (team.region == region)
                creditor.teams.push_back(&team);
    }
    User admin{nextId(), {}, QStringLiteral("admin"), QStringLiteral("Administrator"), UserRole::Admin};
    return m_writer.write(admin);
}

Id Builder::placementFor(const CreditorInfo& creditor, QDate placedOn)
{
    const auto index = static_cast<std::size_t>(&creditor - m_creditors.data());
    const int month = placedOn.year() * 12 + placedOn.month();
    auto found = m_placements.find({index, month});
    if (found != m_placements.end())
        return found->second;
    Placement placement{
        nextId(),
        creditor.record.id,
        QStringLiteral("%1-%2").arg(creditor.record.code, placedOn.toString(QStringLiteral("yyyyMM"))),
        QDateTime(QDate(placedOn.year(), placedOn.month(), 1), QTime(9, 0), QTimeZone::utc())
            .toMSecsSinceEpoch(),
        QStringLiteral("demo"),
        {}};
    (void)m_writer.write(placement); // unique per (creditor, month) by construction
    m_placements.emplace(std::make_pair(index, month), placement.id);
    return placement.id;
}

QString Builder::chineseName()
{
    QString name = QString::fromUtf8(m_rng.pick(chineseSurnames()));
    const int parts = m_rng.chance(0.7) ? 2 : 1;
    for (int i = 0; i < parts; ++i)
        name += QString::fromUtf8(m_rng.pick(chineseGivenNameParts()));
    return name;
}

QString Builder::englishName()
{
    return QString::fromUtf8(m_rng.pick(englishFirstNames())) + QLatin1Char(' ') +
           QString::fromUtf8(m_rng.pick(englishLastNames()));
}

// Numbers are drawn until libphonenumber accepts one, so every number fits its numbering plan. The draw is
// bounded: a city whose plan we describe wrongly gives no number instead of a hang.
constexpr int kMaxDraws = 200;

QString Builder::mobileNumber(const City& city)
{
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        QString raw;
        if (QLatin1String(city.region) == QLatin1String("CN"))
            raw = QString::fromLatin1(m_rng.pick(chineseMobilePrefixes())) +
                  QString::number(m_rng.between(0, 99'999'999)).rightJustified(8, u'0');
        else
            raw = QString::fromLatin1(city.areaCode) + QString::number(m_rng.between(200, 999)) +
                  QString::number(m_rng.between(0, 9999)).rightJustified(4, u'0');
        auto normalized = normalizePhone(raw, QString::fromLatin1(city.region));
        if (normalized)
            return normalized.value().e164;
    }
    return {};
}

QString Builder::landlineNumber(const City& city)
{
    const bool cn = QLatin1String(city.region) == QLatin1String("CN");
    const QString code = QString::fromLatin1(city.areaCode);
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        // CN local numbers have 8 digits (7 in some smaller cities), never starting with 0 or 1; NANP has 7.
        const int localDigits = cn ? (draw % 2 == 0 ? 8 : 7) : 7;
        QString local = QString::number(m_rng.between(2, 8));
        for (int i = 1; i < localDigits; ++i)
            local += QString::number(m_rng.between(0, 9));
        auto normalized = normalizePhone(code + local, QString::fromLatin1(city.region));
        if (normalized)
            return normalized.value().e164;
    }
    return {};
}

Result<Id> Builder::writeDebtor(AccountContext& ctx, PartyRole role)
{
    Debtor debtor;
    debtor.id = nextId();
    debtor.fullName = ctx.chinese ? chineseName() : englishName();
    debtor.birthDate = m_options.asOf.addDays(-m_rng.between(22 * 365, 65 * 365));
    debtor.language = ctx.chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    debtor.timeZone = QString::fromLatin1(ctx.city->timeZone);
    if (ctx.chinese) {
        const QString first17 = QString::fromLatin1(residentIdRegionPrefix(*ctx.city)) +
                                debtor.birthDate.toString(QStringLiteral("yyyyMMdd")) +
                                QString::number(m_rng.between(0, 999)).rightJustified(3, u'0');
        debtor.nationalId = first17 + chineseResidentIdCheck(first17);
    } else {
        // 9xx area numbers are never issued as SSNs: demo data cannot collide with a real person's.
        debtor.nationalId = QStringLiteral("9%1-%2-%3")
                                .arg(m_rng.between(0, 99), 2, 10, QLatin1Char('0'))
                                .arg(m_rng.between(70, 99))
                                .arg(m_rng.between(0, 9999), 4, 10, QLatin1Char('0'));
    }
    if (auto done = m_writer.write(debtor); !done)
        return done.error();
    if (auto done = m_writer.write(AccountParty{ctx.account.id, debtor.id, role}); !done)
        return done.error();
    ++m_summary.debtors;
    if (auto done = writeContactPoints(ctx, debtor.id, role == PartyRole::Debtor); !done)
        return done.error();
    return debtor.id;
}

Status Builder::writeContactPoints(AccountContext& ctx, const Id& debtorId, bool mainDebtor)
{
    const City& city = *ctx.city;
    auto addPoint = [&](ContactKind kind, const QString& value, std::optional<PhoneType> type,
                        const QString& district = {}, std::optional<GeoPoint> where = {}) -> Result<Id> {
        ContactPoint p;
        p.id = nextId();
        p.debtorId = debtorId;
        p.kind = kind;
        p.value = value;
        p.phoneType = type;
        p.region = QString::fromLatin1(city.region);
        p.timeZone = QString::fromLatin1(city.timeZone);
        p.source = m_rng.chance(0.85) ? ContactSource::Placement : ContactSource::Skiptrace;
        p.verified = m_rng.chance(0.65);
        p.consent = kind != ContactKind::Address && m_rng.chance(0.75);
        p.doNotContact = m_rng.chance(0.03);
        p.createdAtMs = localInstantMs(ctx, ctx.placedOn, 9 * 60);
        p.district = district;
        if (where) {
            p.latitude = where->latitude;
            p.longitude = where->longitude;
        }
        if (auto done = m_writer.write(p); !done)
            return done.error();
        ++m_summary.contactPoints;
        return p.id;
    };
    const QString mobileValue = mobileNumber(city);
    if (mobileValue.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no valid mobile number for a demo city"));
    auto mobile = addPoint(ContactKind::Phone, mobileValue, PhoneType::Mobile);
    if (!mobile)
        return mobile.error();
    if (!mainDebtor)
        return {};
    ctx.phones.push_back(mobile.value());
    if (const QString other = m_rng.chance(0.25) ? mobileNumber(city) : QString(); !other.isEmpty()) {
        auto second = addPoint(ContactKind::Phone, other, PhoneType::Mobile);
        if (!second)
            return second.error();
        ctx.phones.push_back(second.value());
    }
    if (const QString fixed = m_rng.chance(0.35) ? landlineNumber(city) : QString(); !fixed.isEmpty()) {
        const bool us = QLatin1String(city.region) == QLatin1String("US");
        auto landline =
            addPoint(ContactKind::Phone, fixed, us ? PhoneType::FixedLineOrMobile : PhoneType::FixedLine);
        if (!landline)
            return landline.error();
        ctx.phones.push_back(landline.value());
    }
    if (m_rng.chance(0.45)) {
        // Reserved example domains (RFC 2606): no mail can ever reach a real inbox.
        const QString email =
            QStringLiteral("debtor%1@%2")
                .arg(m_accountSeq)
                .arg(ctx.chinese ? QStringLiteral("example.cn") : QStringLiteral("example.com"));
        auto point = addPoint(ContactKind::Email, email, std::nullopt);
        if (!point)
            return point.error();
        ctx.emailId = point.value();
    }
    if (m_rng.chance(0.9)) {
        const int d = static_cast<int>(m_rng.between(0, 3));
        const QString address =
            ctx.chinese ? QStringLiteral("%1%2%3%4号")
                              .arg(QString::fromUtf8(city.name), QString::fromUtf8(city.districts[d]),
                                   QString::fromUtf8(city.streets[d]))
                              .arg(m_rng.between(1, 399))
                        : QStringLiteral("%1 %2, %3, %4 %5")
                              .arg(m_rng.between(1, 9999))
                              .arg(QString::fromUtf8(city.streets[d]), QString::fromUtf8(city.name),
                                   QString::fromUtf8(city.province))
                              .arg(m_rng.between(10000, 99999));
        // Where the address is, for routing visits: drawn from a generator of its own, so the rest of the
        // portfolio is what the seed always made.
        QRandomGenerator place(
            static_cast<quint32>(m_options.seed * 7919u + static_cast<quint32>(m_accountSeq)));
        std::optional<GeoPoint> where;
        if (place.bounded(100) < 75)
            where = demo::addressPoint(city, d, place.generateDouble(), place.generateDouble());
        auto point = addPoint(ContactKind::Address, address, std::nullopt,
                              QString::fromUtf8(city.districts[d]), where);
        if (!point)
            return point.error();
    }
    return {};
}

Status Builder::buildAccount()
{
    AccountContext ctx;
    ++m_accountSeq;
    ctx.creditor = &m_creditors[m_rng.weighted(m_creditorWeights)];
    ctx.chinese = QLatin1String(ctx.creditor->spec->region) == QLatin1String("CN");
    const auto& regionCities = ctx.creditor->cities;
    ctx.city = regionCities[static_cast<std::size_t>(
        m_rng.between(0, static_cast<qint64>(regionCities.size()) - 1))];

    // Days past due: most accounts are early, a long tail reaches two years.
    static const double kDpdWeights[] = {0.35, 0.25, 0.20, 0.20};
    static const int kDpdRanges[][2] = {{1, 30}, {31, 90}, {91, 180}, {181, 720}};
    const auto band = m_rng.weighted(kDpdWeights);
    ctx.dpd = static_cast<int>(m_rng.between(kDpdRanges[band][0], kDpdRanges[band][1]));
    ctx.dueOn = m_options.asOf.addDays(-ctx.dpd);
    const int historyDays = std::min<int>(ctx.dpd - 1, static_cast<int>(m_rng.between(7, 180)));
    ctx.placedOn = m_options.asOf.addDays(-std::max(0, historyDays));

    const auto& regionTeams = ctx.creditor->teams;
    ctx.team =
        regionTeams[static_cast<std::size_t>(m_rng.between(0, static_cast<qint64>(regionTeams.size()) - 1))];

    const CreditorSpec& spec = *ctx.creditor->spec;
    const qint64 principal = m_rng.logBetween(spec.minPrincipalMinor, spec.maxPrincipalMinor) / 100 * 100;
    const qint64 interest = principal * m_rng.between(2, 25) / 100;
    const qint64 fees = m_rng.chance(0.6) ? principal * m_rng.between(1, 5) / 100 : 0;

    Account& a = ctx.account;
    a.id = nextId();
    a.creditorId = ctx.creditor->record.id;
    a.placementId = placementFor(*ctx.creditor, ctx.placedOn);
    a.creditorReference =
        QStringLiteral("%1%2").arg(ctx.creditor->record.code).arg(m_accountSeq, 9, 10, QLatin1Char('0'));
    a.product = QString::fromUtf8(spec.products[m_rng.between(0, 2)]);
    a.currency = ctx.creditor->currency;
    a.originalPrincipalMinor = principal;
    a.openedOn = ctx.dueOn.addDays(-m_rng.between(60, 1500));
    a.stage = ctx.dpd <= 30 ? Stage::Early : (ctx.dpd <= 90 ? Stage::Middle : Stage::Late);
    a.assignedCollectorId =
        ctx.team->collectors[static_cast<std::size_t>(m_rng.between(0, kCollectorsPerTeam - 1))];
    a.teamId = ctx.team->id;
    if (auto done = m_writer.write(a); !done)
        return done;
    ++m_summary.accounts;
    if (auto done = m_writer.write(AccountDueRecord{a.id, ctx.dueOn, principal + interest + fees}); !done)
        return done;

    auto debtor = writeDebtor(ctx, PartyRole::Debtor);
    if (!debtor)
        return debtor.error();
    ctx.debtorId = debtor.value();
    if (m_rng.chance(0.08))
        if (auto other = writeDebtor(ctx, PartyRole::CoBorrower); !other)
            return other.error();
    if (m_rng.chance(0.05))
        if (auto other = writeDebtor(ctx, PartyRole::Guarantor); !other)
            return other.error();

    if (auto done = writeLedgerPlacement(ctx, principal, interest, fees); !done)
        return done;
    if (auto done = writeAttempts(ctx); !done)
        return done;
    if (m_rng.chance(0.05))
        if (auto done = writePlan(ctx); !done)
            return done;
    if (a.stage == Stage::Late && m_rng.chance(0.12))
        if (auto done = writeVisits(ctx); !done)
            return done;
    if (m_rng.chance(0.15))
        if (auto done = writeNote(ctx); !done)
            return done;
    if (m_rng.chance(0.025))
        if (auto done = writeStopEvent(ctx); !done)
            return done;
    return {};
}

} // namespace demo

Result<bool> isDemoProfile(Database& db)
{
    auto count = db.queryInt("SELECT count(*) FROM profile_meta WHERE key = 'demo_portfolio'");
    if (!count)
        return count.error();
    return count.value() > 0;
}

Result<DemoSummary> generateDemoPortfolio(Database& db, const DemoOptions& options,
                                          const DemoProgress& progress)
{
    if (options.accounts < 1 || !options.asOf.isValid() || options.accountsPerChunk < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("demo needs at least one account and a date"));
    auto existing = db.queryInt("SELECT count(*) FROM account");
    if (!existing)
        return existing.error();
    if (existing.value() > 0)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the profile already holds accounts; demo data goes into an empty profile"));

    demo::Builder builder(db, options);
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto done = builder.buildOrganisation(); !done)
            return done.error();
        // The profile says it holds invented people: practice calls run only where this is set.
        auto mark = db.prepare("INSERT INTO profile_meta (key, value) VALUES ('demo_portfolio', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!mark)
            return mark.error();
        if (auto done = mark.value().bind(1, QString::number(options.seed)).run(); !done)
            return done.error();
        if (auto done = tx.value().commit(); !done)
            return done.error();
    }
    for (int done = 0; done < options.accounts;) {
        const int chunk = std::min(options.accountsPerChunk, options.accounts - done);
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        for (int i = 0; i < chunk; ++i)
            if (auto built = builder.buildAccount(); !built)
                return built.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        done += chunk;
        if (progress)
            progress(done, options.accounts);
    }
    return builder.summary();
}

} // namespace collector
