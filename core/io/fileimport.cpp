#include "io/fileimport.h"

#include "domain/nationalid.h"
#include "domain/phone.h"
#include "io/csvwriter.h"
#include "io/importcolumns.h"
#include "io/importvalues.h"
#include "profile/atomicfile.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>

namespace collector {

namespace {

// A row either applies (created, updated or unchanged) or is rejected for a reason about one field.
enum class RowResult
{
    Created,
    Updated,
    Unchanged
};
struct RowProblem
{
    QString field;
    QString reason;
};
using RowOutcome = std::variant<RowResult, RowProblem>;

RowProblem problem(ImportField field, const QString& reason)
{
    return {codeOf(field), reason};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Finds or creates the creditor the file belongs to.
Result<Creditor> creditorFor(Database& db, DomainWriter& writer, const QString& code)
{
    auto find =
        db.prepare("SELECT id, name, allocation_order, promise_grace_days FROM creditor WHERE code = ?");
    if (!find)
        return find.error();
    find.value().bind(1, code);
    auto row = find.value().step();
    if (!row)
        return row.error();
    if (row.value()) {
        Creditor c{Id::fromBytes(find.value().blob(0)), code, find.value().text(1),
                   AllocationOrder::parse(find.value().text(2)).value(),
                   static_cast<int>(find.value().int64(3))};
        return c;
    }
    Creditor created{Id::generate(nowMs()), code, code, {}, 3};
    if (auto done = writer.write(created); !done)
        return done.error();
    return created;
}

struct ExistingAccount
{
    Id id;
    Id debtorId;
    Currency currency;
};

class AccountLookup
{
public:
    explicit AccountLookup(Database& db)
        : m_db(db)
    {}
    Result<std::optional<ExistingAccount>> find(const Id& creditorId, const QString& reference)
    {
        if (!m_stmt) {
            auto prepared =
                m_db.prepare("SELECT a.id, a.currency, p.debtor_id FROM account a LEFT JOIN account_party p "
                             "ON p.account_id = a.id AND p.role = 'debtor' WHERE a.creditor_id = ? AND "
                             "a.creditor_reference = ?");
            if (!prepared)
                return prepared.error();
            m_stmt.emplace(std::move(prepared.value()));
        }
        m_stmt->reset();
        m_stmt->bind(1, creditorId.toBytes()).bind(2, reference);
        auto row = m_stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<ExistingAccount>{};
        auto currency = Currency::fromCode(m_stmt->text(1));
        if (!currency)
            return currency.error();
        return std::optional<ExistingAccount>{ExistingAccount{
            Id::fromBytes(m_stmt->blob(0)), Id::fromBytes(m_stmt->blob(2)), currency.value()}};
    }

private:
    Database& m_db;
    std::optional<Statement> m_stmt;
};

// The shared walk over a file: decode, find the header, then hand each non-blank row to `apply` inside a
// savepoint, committing every `rowsPerPart` rows.
Result<ImportSummary>
walkFile(Database& db, const QByteArray& file, const ImportOptions& options,
         std::span<const ImportField> required, const ImportProgress& progress,
         const std::function<Result<RowOutcome>(const ColumnMap&, const CsvRecord&)>& apply)
{
    auto decoded = decodeText(file, options.encoding);
    if (!decoded)
        return decoded.error();
    ImportSummary summary;
    summary.encoding = decoded.value().encoding;
    summary.delimiter = detectDelimiter(decoded.value().text);
    const qint64 textSize = decoded.value().text.size();
    CsvReader reader(std::move(decoded.value().text), summary.delimiter);

    std::optional<ColumnMap> columns;
    while (!reader.atEnd() && !columns) {
        auto header = reader.next();
        if (!header)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the header row cannot be read: %1").arg(header.error().detail));
        if (header.value().fields.join(QString()).trimmed().isEmpty())
            continue;
        auto map = ColumnMap::fromHeader(header.value().fields, options.mapping, required);
        if (!map)
            return map.error();
        columns = map.value();
    }
    if (!columns)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the file is empty"));

    std::optional<Transaction> part;
    int rowsInPart = 0;
    while (!reader.atEnd()) {
        auto record = reader.next();
        if (!record) {
            const QString detail = record.error().detail;
            const int line = detail.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(' '), 1).toInt();
            summary.rejected.push_back(
                {line, {}, QStringLiteral("row"), detail.section(QStringLiteral(": "), 1)});
            ++summary.rows;
            continue;
        }
        if (record.value().fields.join(QString()).trimmed().isEmpty())
            continue; // blank lines are layout, not rows
        ++summary.rows;
        if (!part) {
            auto begun = Transaction::begin(db);
            if (!begun)
                return begun.error();
            part.emplace(std::move(begun.value()));
        }
        if (auto done = db.exec("SAVEPOINT import_row"); !done)
            return done.error();
        auto outcome = apply(*columns, record.value());
        if (!outcome)
            return outcome.error(); // the store failed: the part rolls back, earlier parts stay
        if (const auto* rejected = std::get_if<RowProblem>(&outcome.value())) {
            if (auto undone = db.exec("ROLLBACK TO import_row"); !undone)
                return undone.error();
            summary.rejected.push_back({record.value().line,
                                        columns->value(record.value().fields, ImportField::CreditorReference),
                                        rejected->field, rejected->reason});
        } else {
            switch (std::get<RowResult>(outcome.value())) {
            case RowResult::Created:
                ++summary.created;
                break;
            case RowResult::Updated:
                ++summary.updated;
                break;
            case RowResult::Unchanged:
                ++summary.unchanged;
                break;
            }
        }
        if (auto done = db.exec("RELEASE import_row"); !done)
            return done.error();
        if (++rowsInPart >= options.rowsPerPart) {
            if (auto done = part->commit(); !done)
                return done.error();
            part.reset();
            rowsInPart = 0;
            if (progress)
                progress(reader.position(), textSize);
        }
    }
    if (part)
        if (auto done = part->commit(); !done)
            return done.error();
    if (progress)
        progress(textSize, textSize);
    return summary;
}

QString regionOfCurrency(const Currency& currency)
{
    return currency.code == QLatin1String("USD") ? QStringLiteral("US") : QStringLiteral("CN");
}

Stage stageFor(int dpd)
{
    return dpd <= 30 ? Stage::Early : (dpd <= 90 ? Stage::Middle : Stage::Late);
}

} // namespace

Result<HeaderPreview> previewHeader(const QByteArray& file, std::optional<TextEncoding> encoding,
                                    std::span<const ImportField> fields)
{
    auto decoded = decodeText(file, encoding);
    if (!decoded)
        return decoded.error();
    HeaderPreview preview;
    preview.encoding = decoded.value().encoding;
    preview.delimiter = detectDelimiter(decoded.value().text);
    CsvReader reader(decoded.value().text, preview.delimiter);
    while (!reader.atEnd() && preview.header.isEmpty()) {
        auto record = reader.next();
        if (!record)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the header row cannot be read: %1").arg(record.error().detail));
        if (!record.value().fields.join(QString()).trimmed().isEmpty())
            preview.header = record.value().fields;
    }
    if (preview.header.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the file is empty"));
    auto map = ColumnMap::fromHeader(preview.header, {}, {});
    if (!map)
        return map.error();
    for (ImportField field : fields)
        preview.suggested.emplace_back(field, map.value().columnOf(field));
    return preview;
}

Result<ImportSummary> importPlacements(Database& db, const QByteArray& file, const QString& sourceName,
                                       const ImportOptions& options, const ImportProgress& progress)
{
    if (options.creditorCode.trimmed().isEmpty() || !options.today.isValid() || options.rowsPerPart < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an import needs a creditor code and a date"));
    auto defaultCurrency = Currency::fromCode(options.defaultCurrency);
    if (!defaultCurrency)
        return defaultCurrency.error();
    DomainWriter writer(db);
    Creditor creditor;
    Placement placement;
    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto found = creditorFor(db, writer, options.creditorCode.trimmed());
        if (!found)
            return found.error();
        creditor = found.value();
        // One placement per distinct file: the same bytes imported again reuse it.
        const QByteArray sha = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
        placement = {Id::generate(nowMs()),
                     creditor.id,
                     QString::fromLatin1(sha.toHex().left(16)),
                     nowMs(),
                     QFileInfo(sourceName).fileName(),
                     sha};
        auto existing = db.prepare("SELECT id FROM placement WHERE creditor_id = ? AND reference = ?");
        if (!existing)
            return existing.error();
        existing.value().bind(1, creditor.id.toBytes()).bind(2, placement.reference);
        auto row = existing.value().step();
        if (!row)
            return row.error();
        if (row.value())
            placement.id = Id::fromBytes(existing.value().blob(0));
        else if (auto done = writer.write(placement); !done)
            return done.error();
        if (auto done = tx.value().commit(); !done)
            return done.error();
    }

    // Prepared once for the whole file; each row only binds and steps.
    auto booked = db.prepare("SELECT component, coalesce(sum(amount_minor), 0) FROM ledger_entry "
                             "WHERE account_id = ? AND kind IN ('placement', 'adjustment') "
                             "AND source IN ('placement', 'import') GROUP BY component");
    if (!booked)
        return booked.error();
    auto known = db.prepare("SELECT count(*) FROM contact_point WHERE debtor_id = ? AND value = ?");
    if (!known)
        return known.error();
    AccountLookup lookup(db);
    auto apply = [&](const ColumnMap& columns, const CsvRecord& record) -> Result<RowOutcome> {
        auto get = [&](ImportField f) { return columns.value(record.fields, f); };
        const QString reference = get(ImportField::CreditorReference);
        if (reference.isEmpty())
            return RowOutcome(
                problem(ImportField::CreditorReference, QCoreApplication::translate("Import", "missing")));
        const QString name = get(ImportField::DebtorName);
        if (name.isEmpty())
            return RowOutcome(
                problem(ImportField::DebtorName, QCoreApplication::translate("Import", "missing")));
        Currency currency = defaultCurrency.value();
        if (const QString code = get(ImportField::Currency); !code.isEmpty()) {
            auto parsed = Currency::fromCode(code);
            if (!parsed)
                return RowOutcome(
                    problem(ImportField::Currency,
                            QCoreApplication::translate("Import", "unknown currency code '%1'").arg(code)));
            currency = parsed.value();
        }
        const QString region = regionOfCurrency(currency);
        qint64 amounts[3] = {0, 0, 0}; // fees, interest, principal (Component order)
        const std::pair<ImportField, Component> amountFields[] = {
            {ImportField::Principal, Component::Principal},
            {ImportField::Interest, Component::Interest},
            {ImportField::Fees, Component::Fees}};
        for (const auto& [field, component] : amountFields) {
            const QString text = get(field);
            if (text.isEmpty() && field != ImportField::Principal)
                continue;
            auto money = Money::parse(text, currency);
            if (!money)
                return RowOutcome(problem(
                    field,
                    QCoreApplication::translate("Import", "'%1' is %2").arg(text, money.error().detail)));
            if (money.value().minor() < 0 || (field == ImportField::Principal && money.value().minor() == 0))
                return RowOutcome(
                    problem(field, QCoreApplication::translate("Import", "must be more than zero")));
            amounts[static_cast<int>(component)] = money.value().minor();
        }
        const QDate dueOn = parseImportDate(get(ImportField::DueDate));
        if (!dueOn.isValid())
            return RowOutcome(problem(
                ImportField::DueDate,
                QCoreApplication::translate("Import", "'%1' is not a date").arg(get(ImportField::DueDate))));
        if (dueOn > options.today)
            return RowOutcome(problem(
                ImportField::DueDate,
                QCoreApplication::translate("Import", "is in the future: the account is not overdue")));
        const QString birthText = get(ImportField::BirthDate);
        const QDate birthDate = parseImportDate(birthText);
        if (!birthText.isEmpty() && !birthDate.isValid())
            return RowOutcome(
                problem(ImportField::BirthDate,
                        QCoreApplication::translate("Import", "'%1' is not a date").arg(birthText)));
        const QString nationalId = get(ImportField::NationalId).toUpper();
        if (region == QLatin1String("CN") && !nationalId.isEmpty() && !isValidChineseResidentId(nationalId))
            return RowOutcome(
                problem(ImportField::NationalId,
                        QCoreApplication::translate(
                            "Import", "not a valid resident id number (length, date or check character)")));
        const QString zone = resolveTimeZone(get(ImportField::TimeZone), region, get(ImportField::State));
        if (zone.isEmpty())
            return RowOutcome(
                problem(ImportField::TimeZone,
                        QCoreApplication::translate(
                            "Import", "unknown: add a valid IANA time_zone or a state column")));
        std::vector<std::pair<NormalizedPhone, bool>> phones; // (number, is landline column)
        for (ImportField field : {ImportField::Mobile, ImportField::Phone2, ImportField::Landline}) {
            const QString raw = get(field);
            if (raw.isEmpty())
                continue;
            auto phone = normalizePhone(raw, region);
            if (!phone)
                return RowOutcome(
                    problem(field, phone.error().detail)); // the number itself stays out of the report
            phones.emplace_back(phone.value(), field == ImportField::Landline);
        }
        if (phones.empty())
            return RowOutcome(problem(
                ImportField::Mobile,
                QCoreApplication::translate("Import", "no phone number: a mobile or landline is required")));
        const QString email = get(ImportField::Email);
        if (!email.isEmpty() && (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) ||
                                 !email.section(QLatin1Char('@'), 1).contains(QLatin1Char('.'))))
            return RowOutcome(
                problem(ImportField::Email, QCoreApplication::translate("Import", "not an e-mail address")));

        auto existing = lookup.find(creditor.id, reference);
        if (!existing)
            return existing.error();
        const qint64 at = nowMs();
        Id debtorId;
        Id accountId;
        bool created = false;
        bool changed = false;
        if (!existing.value()) {
            created = true;
            Debtor debtor{
                Id::generate(at),
                name,
                nationalId,
                birthDate,
                get(ImportField::Language).isEmpty()
                    ? (region == QLatin1String("CN") ? QStringLiteral("zh_CN") : QStringLiteral("en"))
                    : get(ImportField::Language),
                zone};
            debtorId = debtor.id;
            Account account;
            account.id = Id::generate(at);
            accountId = account.id;
            account.creditorId = creditor.id;
            account.placementId = placement.id;
            account.creditorReference = reference;
            account.product = get(ImportField::Product).isEmpty() ? QStringLiteral("unspecified")
                                                                  : get(ImportField::Product);
            account.currency = currency;
            account.originalPrincipalMinor = amounts[static_cast<int>(Component::Principal)];
            account.openedOn = parseImportDate(get(ImportField::OpenedOn));
            account.stage = stageFor(static_cast<int>(dueOn.daysTo(options.today)));
            for (Status done :
                 {writer.write(debtor), writer.write(account),
                  writer.write(AccountParty{account.id, debtor.id, PartyRole::Debtor}),
                  writer.write(AccountDueRecord{account.id, dueOn, amounts[0] + amounts[1] + amounts[2]})})
                if (!done)
                    return done.error();
        } else {
            if (!(existing.value()->currency == currency))
                return RowOutcome(
                    problem(ImportField::Currency,
                            QCoreApplication::translate("Import", "the account is in %1; an update cannot "
                                                                  "change its currency")
                                .arg(existing.value()->currency.code)));
            accountId = existing.value()->id;
            debtorId = existing.value()->debtorId;
        }

        // The lender's figures are the target; what placements and earlier imports booked is the start.
        booked.value().reset();
        booked.value().bind(1, accountId.toBytes());
        qint64 already[3] = {0, 0, 0};
        while (booked.value().step().value())
            already[static_cast<int>(*parseCode<Component>(booked.value().text(0)))] =
                booked.value().int64(1);
        for (int c = 0; c < 3; ++c) {
            const qint64 delta = amounts[c] - already[c];
            if (delta == 0)
                continue;
            changed = true;
            LedgerRecord entry{accountId,
                               {Id::generate(at),
                                created ? LedgerKind::Placement : LedgerKind::Adjustment,
                                static_cast<Component>(c),
                                Money(delta, currency),
                                options.today,
                                at,
                                {}},
                               {},
                               {},
                               created ? QStringLiteral("placement") : QStringLiteral("import"),
                               {}};
            if (auto done = writer.write(entry); !done)
                return done.error();
        }
        // Contact points the debtor does not have yet.
        auto addPoint = [&](ContactKind kind, const QString& value, std::optional<PhoneType> type) -> Status {
            known.value().reset();
            known.value().bind(1, debtorId.toBytes()).bind(2, value);
            if (known.value().step().value() && known.value().int64(0) > 0)
                return {};
            changed = true;
            ContactPoint p{Id::generate(at),
                           debtorId,
                           kind,
                           value,
                           type,
                           region,
                           zone,
                           ContactSource::Placement,
                           false,
                           false,
                           false,
                           at,
                           {},
                           std::nullopt,
                           std::nullopt};
            return writer.write(p);
        };
        for (const auto& [phone, landline] : phones)
            if (auto done = addPoint(ContactKind::Phone, phone.e164, phone.type); !done)
                return done.error();
        if (!email.isEmpty())
            if (auto done = addPoint(ContactKind::Email, email, std::nullopt); !done)
                return done.error();
        if (const QString address = get(ImportField::Address); !address.isEmpty())
            if (auto done = addPoint(ContactKind::Address, address, std::nullopt); !done)
                return done.error();
        if (created)
            return RowOutcome(RowResult::Created);
        return RowOutcome(changed ? RowResult::Updated : RowResult::Unchanged);
    };
    return walkFile(db, file, options, placementRequiredFields(), progress, apply);
}

Result<ImportSummary> importPayments(Database& db, const QByteArray& file, const QString& sourceName,
                                     const ImportOptions& options, const ImportProgress& progress)
{
    Q_UNUSED(sourceName);
    if (options.creditorCode.trimmed().isEmpty() || !options.today.isValid())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an import needs a creditor code and a date"));
    DomainWriter writer(db);
    auto creditorId = db.prepare("SELECT id FROM creditor WHERE code = ?");
    if (!creditorId)
        return creditorId.error();
    creditorId.value().bind(1, options.creditorCode.trimmed());
    if (!creditorId.value().step().value())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("no creditor '%1' in this profile; import its placements first")
                             .arg(options.creditorCode));
    const Id creditor = Id::fromBytes(creditorId.value().blob(0));
    AccountLookup lookup(db);
    auto seen = db.prepare("SELECT count(*) FROM ledger_entry WHERE account_id = ? AND kind = 'payment' "
                           "AND external_reference = ?");
    if (!seen)
        return seen.error();

    auto apply = [&](const ColumnMap& columns, const CsvRecord& record) -> Result<RowOutcome> {
        auto get = [&](ImportField f) { return columns.value(record.fields, f); };
        const QString reference = get(ImportField::CreditorReference);
        if (reference.isEmpty())
            return RowOutcome(
                problem(ImportField::CreditorReference, QCoreApplication::translate("Import", "missing")));
        const QString transaction = get(ImportField::TransactionReference);
        if (transaction.isEmpty())
            return RowOutcome(problem(ImportField::TransactionReference,
                                      QCoreApplication::translate(
                                          "Import", "missing: without it a payment could be counted twice")));
        auto account = lookup.find(creditor, reference);
        if (!account)
            return account.error();
        if (!account.value())
            return RowOutcome(
                problem(ImportField::CreditorReference,
                        QCoreApplication::translate("Import", "no such account for this creditor")));
        auto amount = Money::parse(get(ImportField::Amount), account.value()->currency);
        if (!amount)
            return RowOutcome(
                problem(ImportField::Amount, QCoreApplication::translate("Import", "'%1' is %2")
                                                 .arg(get(ImportField::Amount), amount.error().detail)));
        if (amount.value().minor() <= 0)
            return RowOutcome(problem(ImportField::Amount,
                                      QCoreApplication::translate("Import", "must be more than zero")));
        const QDate paidOn = parseImportDate(get(ImportField::PaidOn));
        if (!paidOn.isValid())
            return RowOutcome(problem(
                ImportField::PaidOn,
                QCoreApplication::translate("Import", "'%1' is not a date").arg(get(ImportField::PaidOn))));
        if (paidOn > options.today)
            return RowOutcome(
                problem(ImportField::PaidOn, QCoreApplication::translate("Import", "is in the future")));
        seen.value().reset();
        seen.value().bind(1, account.value()->id.toBytes()).bind(2, transaction);
        if (seen.value().step().value() && seen.value().int64(0) > 0)
            return RowOutcome(RowResult::Unchanged);
        const qint64 at = nowMs();
        LedgerRecord entry{
            account.value()->id,
            {Id::generate(at), LedgerKind::Payment, Component::Principal, amount.value(), paidOn, at, {}},
            get(ImportField::PaymentChannel),
            transaction,
            QStringLiteral("import"),
            {}};
        if (auto done = writer.write(entry); !done)
            return done.error();
        return RowOutcome(RowResult::Created);
    };
    return walkFile(db, file, options, paymentRequiredFields(), progress, apply);
}

Status writeRejectReport(const QString& path, const ImportSummary& summary)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::OutputExists, QStringLiteral("the report file already exists"));
    CsvWriter csv;
    csv.row({QStringLiteral("line"), QStringLiteral("reference"), QStringLiteral("field"),
             QStringLiteral("reason")});
    for (const RejectedRow& r : summary.rejected)
        csv.row({QString::number(r.line), r.reference, r.field, r.reason});
    return writeFileAtomically(path, csv.bytesWithBom());
}

} // namespace collector
