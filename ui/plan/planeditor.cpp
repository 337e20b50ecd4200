#include "plan/planeditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

// A field with its error line right under it, in one cell of the form: the message sits next to what it is
// about, and hiding it gives the space back.
void addRowWithError(QFormLayout* form, const QString& label, QWidget* field, QLabel* error)
{
    auto* cell = new QWidget(field->parentWidget());
    auto* column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(error);
    auto* name = new QLabel(label, field->parentWidget());
    name->setBuddy(field);
    form->addRow(name, cell);
}

QString amountText(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toDecimalString();
}

} // namespace

PlanEditor::PlanEditor(const QString& title, const Context& context, QWidget* parent)
    : QGroupBox(title, parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_method = new QComboBox(this);
    m_method->addItem(tr("Interest-free split"), static_cast<int>(PlanMethod::InterestFreeSplit));
    m_method->addItem(tr("Equal instalments (等额本息)"), static_cast<int>(PlanMethod::EqualInstalment));
    m_method->addItem(tr("Equal principal (等额本金)"), static_cast<int>(PlanMethod::EqualPrincipal));
    m_method->addItem(tr("Flat interest"), static_cast<int>(PlanMethod::FlatInterest));
    m_method->addItem(tr("Settlement"), static_cast<int>(PlanMethod::Settlement));
    form->addRow(tr("&Method"), m_method);
    m_term = new QSpinBox(this);
    m_term->setRange(1, 120);
    m_term->setValue(6);
    m_termError = errorLabel(this);
    addRowWithError(form, tr("&Instalments"), m_term, m_termError);
    m_frequency = new QComboBox(this);
    m_frequency->addItem(tr("Monthly"), static_cast<int>(Frequency::Monthly));
    m_frequency->addItem(tr("Twice a month"), static_cast<int>(Frequency::SemiMonthly));
    m_frequency->addItem(tr("Every two weeks"), static_cast<int>(Frequency::Biweekly));
    m_frequency->addItem(tr("Weekly"), static_cast<int>(Frequency::Weekly));
    form->addRow(tr("&Frequency"), m_frequency);
    m_rate = new QLineEdit(QStringLiteral("0"), this);
    m_rate->setToolTip(tr("Annual interest rate in percent, for example 4.9"));
    form->addRow(tr("Annual &rate %"), m_rate);
    m_firstDue = new QDateEdit(context.today.addMonths(1), this);
    m_firstDue->setCalendarPopup(true);
    m_firstDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_firstDue->setMinimumDate(context.today);
    form->addRow(tr("First &due"), m_firstDue);
    m_downPayment = new QLineEdit(this);
    m_downPayment->setPlaceholderText(tr("none"));
    m_amountError = errorLabel(this);
    addRowWithError(form, tr("Do&wn payment"), m_downPayment, m_amountError);
    m_settlement = new QLineEdit(this);
    m_settlementError = errorLabel(this);
    addRowWithError(form, tr("Settle &for"), m_settlement, m_settlementError);
    layout->addLayout(form);

    m_totals = new QLabel(this);
    m_totals->setWordWrap(true);
    layout->addWidget(m_totals);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Due"), tr("Payment"), tr("Interest"), tr("Balance")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(20);
    m_table->setMinimumHeight(90);        // the schedule scrolls; the fields above never give way to it
    m_table->setFocusPolicy(Qt::NoFocus); // Tab moves between the fields and the plans, not through rows
    layout->addWidget(m_table, 1);
    m_accept = new QPushButton(tr("Accept %1").arg(title), this);
    layout->addWidget(m_accept);
    connect(m_accept, &QPushButton::clicked, this, &PlanEditor::acceptRequested);

    connect(m_method, &QComboBox::currentIndexChanged, this, &PlanEditor::recompute);
    connect(m_term, &QSpinBox::valueChanged, this, &PlanEditor::recompute);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &PlanEditor::recompute);
    connect(m_rate, &QLineEdit::textChanged, this, &PlanEditor::recompute);
    connect(m_firstDue, &QDateEdit::dateChanged, this, &PlanEditor::recompute);
    connect(m_downPayment, &QLineEdit::textChanged, this, &PlanEditor::recompute);
    connect(m_settlement, &QLineEdit::textChanged, this, &PlanEditor::recompute);
    recompute();
}

void PlanEditor::setOffer(PlanMethod method, int term, const QString& settlementAmount)
{
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(method)));
    m_term->setValue(term);
    m_settlement->setText(settlementAmount);
    recompute();
}

void PlanEditor::setBudget(const std::optional<Budget>& budget)
{
    m_budget = budget;
    recompute();
}

std::optional<Affordability> PlanEditor::affordability() const
{
    if (!m_budget || !m_terms)
        return std::nullopt;
    auto assessed = assessAffordability(*m_budget, m_terms->frequency, m_terms->everyNDays);
    return assessed ? std::optional<Affordability>(assessed.value()) : std::nullopt;
}

std::optional<PlanTerms> PlanEditor::readTerms()
{
    const Currency& currency = m_context.currency;
    PlanTerms t;
    t.currency = currency;
    t.principalMinor = m_context.balanceOwedMinor;
    t.method = static_cast<PlanMethod>(m_method->currentData().toInt());
    t.term = m_term->value();
    t.frequency = static_cast<Frequency>(m_frequency->currentData().toInt());
    t.startDate = m_context.today;
    t.firstDueDate = m_firstDue->date();
    const bool interest = t.method == PlanMethod::EqualInstalment || t.method == PlanMethod::EqualPrincipal ||
                          t.method == PlanMethod::FlatInterest;
    m_rate->setEnabled(interest);
    bool rateOk = true;
    const double rate = interest ? QLocale::c().toDouble(m_rate->text().trimmed(), &rateOk) : 0.0;
    if (!rateOk || rate < 0 || rate > 100) {
        showError(m_amountError, tr("Enter the annual rate as a number from 0 to 100."));
        return std::nullopt;
    }
    t.annualRate = rate / 100.0;
    if (!m_downPayment->text().trimmed().isEmpty()) {
        auto down = Money::parse(m_downPayment->text(), currency);
        if (!down || down.value().minor() < 0 || down.value().minor() >= t.principalMinor) {
            showError(m_amountError,
                      tr("Enter the down payment as an amount below the balance, like 500.00."));
            return std::nullopt;
        }
        t.downPaymentMinor = down.value().minor();
    }
    const bool settlement = t.method == PlanMethod::Settlement;
    // Always in place (the fields do not jump as the method changes); only a settlement takes an amount.
    m_settlement->setEnabled(settlement);
    m_settlement->setPlaceholderText(settlement ? QString() : tr("only for a settlement"));
    if (settlement) {
        auto amount = Money::parse(m_settlement->text(), currency);
        if (!amount || amount.value().minor() <= 0 || amount.value().minor() > t.principalMinor) {
            showError(m_settlementError, tr("Enter what the debtor pays to settle, at most the balance."));
            return std::nullopt;
        }
        t.settlementAmountMinor = amount.value().minor();
    }
    return t;
}

void PlanEditor::recompute()
{
    for (QLabel* label : {m_termError, m_amountError, m_settlementError})
        showError(label, QString());
    m_failures.clear();
    m_schedule.reset();
    m_terms = readTerms();
    if (m_terms) {
        auto built = buildSchedule(*m_terms);
        if (built) {
            m_schedule = std::move(built.value());
            PlanOffer offer{&*m_terms, &*m_schedule, m_context.balanceOwedMinor, std::nullopt,
                            m_context.role};
            if (m_terms->method == PlanMethod::Settlement)
                offer.settlementAmountMinor = m_terms->settlementAmountMinor;
            m_failures = checkOffer(offer, m_context.rails, affordability());
        } else {
            showError(m_amountError, built.error().detail);
        }
    }
    showFailures();
    fillTable();
    m_accept->setEnabled(m_schedule.has_value() && m_failures.empty());
    Q_EMIT changed();
}

void PlanEditor::showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setHidden(text.isEmpty());
}

void PlanEditor::showFailures()
{
    for (const RuleFailure& failure : m_failures) {
        // Next to the field the rule is about, with the rule's name for the lead who may be asked.
        QLabel* label = failure.field == QLatin1String("settlement_amount") ? m_settlementError : m_termError;
        const QString line = tr("%1 (rule %2)").arg(failure.message, failure.rule);
        showError(label, label->text().isEmpty() ? line : label->text() + QLatin1Char('\n') + line);
    }
}

QString PlanEditor::summary() const
{
    if (!m_schedule || m_schedule->lines.empty())
        return tr("No schedule: correct the fields above.");
    const Currency& c = m_context.currency;
    const ScheduleLine& first = m_schedule->lines.front().n == 0 && m_schedule->lines.size() > 1
                                    ? m_schedule->lines[1]
                                    : m_schedule->lines.front();
    QString text =
        tr("%n instalment(s) from %1 · total %2 %3 · interest %4", nullptr, static_cast<int>(m_terms->term))
            .arg(amountText(first.paymentMinor, c), amountText(m_schedule->totalPaymentMinor, c), c.code,
                 amountText(m_schedule->totalInterestMinor, c));
    if (m_schedule->waivedMinor > 0)
        text += QLatin1Char('\n') + tr("Waived: %1 %2").arg(amountText(m_schedule->waivedMinor, c), c.code);
    return text;
}

void PlanEditor::fillTable()
{
    m_totals->setText(summary());
    const auto lines = m_schedule ? m_schedule->lines : std::vector<ScheduleLine>();
    m_table->setRowCount(static_cast<int>(lines.size()));
    const Currency& c = m_context.currency;
    for (int row = 0; row < static_cast<int>(lines.size()); ++row) {
        const ScheduleLine& line = lines[static_cast<std::size_t>(row)];
        const QStringList cells{QString::number(line.n), line.dueOn.toString(Qt::ISODate),
                                amountText(line.paymentMinor, c), amountText(line.interestMinor, c),
                                amountText(line.balanceMinor, c)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace collector::ui
