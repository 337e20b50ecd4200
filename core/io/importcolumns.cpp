#include "io/importcolumns.h"

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(ImportField, {E::CreditorReference, "creditor_reference"},
                            {E::DebtorName, "debtor_name"}, {E::NationalId, "national_id"},
                            {E::BirthDate, "birth_date"}, {E::Mobile, "mobile"}, {E::Phone2, "phone2"},
                            {E::Landline, "landline"}, {E::Email, "email"}, {E::Address, "address"},
                            {E::State, "state"}, {E::TimeZone, "time_zone"}, {E::Product, "product"},
                            {E::Currency, "currency"}, {E::Principal, "principal"}, {E::Interest, "interest"},
                            {E::Fees, "fees"}, {E::DueDate, "due_date"}, {E::OpenedOn, "opened_on"},
                            {E::Language, "language"}, {E::Amount, "amount"}, {E::PaidOn, "paid_on"},
                            {E::TransactionReference, "transaction_reference"},
                            {E::PaymentChannel, "channel"})

namespace {

constexpr ImportField kPlacementFields[] = {
    ImportField::CreditorReference, ImportField::DebtorName, ImportField::Principal,
    ImportField::DueDate,           ImportField::Mobile,     ImportField::Phone2,
    ImportField::Landline,          ImportField::Email,      ImportField::NationalId,
    ImportField::BirthDate,         ImportField::Interest,   ImportField::Fees,
    ImportField::Currency,          ImportField::Product,    ImportField::OpenedOn,
    ImportField::Address,           ImportField::State,      ImportField::TimeZone,
    ImportField::Language};
constexpr ImportField kPaymentFields[] = {ImportField::CreditorReference, ImportField::Amount,
                                          ImportField::PaidOn, ImportField::TransactionReference,
                                          ImportField::PaymentChannel};

} // namespace

std::span<const ImportField> placementFields()
{
    return kPlacementFields;
}
std::span<const ImportField> placementRequiredFields()
{
    return std::span<const ImportField>(kPlacementFields).first(4);
}
std::span<const ImportField> paymentFields()
{
    return kPaymentFields;
}
std::span<const ImportField> paymentRequiredFields()
{
    return std::span<const ImportField>(kPaymentFields).first(4);
}

namespace {

struct Synonyms
{
    ImportField field;
    std::initializer_list<const char*> names; // compared case-insensitively, spaces and underscores alike
};

// Header names seen in lenders' files, in English and Chinese.
const Synonyms kSynonyms[] = {
    {ImportField::CreditorReference,
     {"creditor reference", "reference", "account", "account number", "account no", "loan id", "contract no",
      "合同号", "合同编号", "借据号", "账号", "贷款编号", "案件编号"}},
    {ImportField::DebtorName,
     {"debtor name", "name", "full name", "customer name", "姓名", "客户姓名", "借款人姓名", "债务人"}},
    {ImportField::NationalId, {"national id", "id number", "ssn", "身份证号", "身份证号码", "证件号码"}},
    {ImportField::BirthDate, {"birth date", "date of birth", "dob", "出生日期"}},
    {ImportField::Mobile, {"mobile", "mobile phone", "cell", "phone", "手机", "手机号", "手机号码"}},
    {ImportField::Phone2, {"phone2", "alternate phone", "other phone", "备用电话", "联系电话2"}},
    {ImportField::Landline, {"landline", "home phone", "work phone", "固定电话", "座机", "单位电话"}},
    {ImportField::Email, {"email", "e-mail", "邮箱", "电子邮箱"}},
    {ImportField::Address, {"address", "home address", "地址", "家庭地址", "住址"}},
    {ImportField::State, {"state", "province", "省份", "省"}},
    {ImportField::TimeZone, {"time zone", "timezone", "时区"}},
    {ImportField::Product, {"product", "product name", "产品", "产品名称"}},
    {ImportField::Currency, {"currency", "币种"}},
    {ImportField::Principal,
     {"principal", "principal balance", "outstanding principal", "本金", "剩余本金", "欠款本金"}},
    {ImportField::Interest, {"interest", "interest balance", "利息", "欠款利息"}},
    {ImportField::Fees, {"fees", "fee", "late fees", "费用", "罚息", "滞纳金"}},
    {ImportField::DueDate,
     {"due date", "first missed due date", "delinquency date", "逾期日期", "首次逾期日", "应还款日",
      "到期日"}},
    {ImportField::OpenedOn, {"opened on", "open date", "loan date", "放款日期", "开户日期"}},
    {ImportField::Language, {"language", "语言"}},
    {ImportField::Amount, {"amount", "payment amount", "还款金额", "金额", "实还金额"}},
    {ImportField::PaidOn, {"paid on", "payment date", "value date", "还款日期", "交易日期"}},
    {ImportField::TransactionReference,
     {"transaction reference", "transaction id", "payment reference", "交易流水号", "流水号", "交易编号"}},
    {ImportField::PaymentChannel, {"channel", "payment channel", "还款渠道", "渠道"}},
};

QString normalise(const QString& header)
{
    QString s = header.trimmed().toLower();
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s.replace(QLatin1Char('-'), QLatin1Char(' '));
    return s.simplified();
}

} // namespace

Result<ColumnMap> ColumnMap::fromHeader(const QStringList& header, const QJsonObject& explicitMapping,
                                        std::span<const ImportField> required)
{
    ColumnMap map;
    QStringList normalised;
    for (const QString& cell : header)
        normalised << normalise(cell);
    for (auto it = explicitMapping.begin(); it != explicitMapping.end(); ++it) {
        auto field = parseCode<ImportField>(it.key());
        if (!field)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the mapping names an unknown field '%1'").arg(it.key()));
        const int column = static_cast<int>(normalised.indexOf(normalise(it.value().toString())));
        if (column < 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the mapping's column '%1' for %2 is not in the "
                                            "file's header")
                                 .arg(it.value().toString(), it.key()));
        map.m_columns[*field] = column;
    }
    for (const Synonyms& synonyms : kSynonyms) {
        if (map.has(synonyms.field))
            continue;
        const QString own = normalise(codeOf(synonyms.field));
        for (int column = 0; column < normalised.size(); ++column) {
            bool match = normalised[column] == own;
            for (const char* name : synonyms.names)
                match = match || normalised[column] == QString::fromUtf8(name);
            if (match) {
                map.m_columns[synonyms.field] = column;
                break;
            }
        }
    }
    QStringList missing;
    for (ImportField field : required)
        if (!map.has(field))
            missing << codeOf(field);
    if (!missing.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("no column for %1 (the header has: %2); name it in a mapping file with "
                           "--mapping")
                .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    return map;
}

QString ColumnMap::value(const QStringList& row, ImportField field) const
{
    const auto found = m_columns.find(field);
    if (found == m_columns.end() || found->second >= row.size())
        return {};
    return row[found->second].trimmed();
}

} // namespace collector
