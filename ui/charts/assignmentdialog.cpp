#include "charts/assignmentdialog.h"

#include "domain/money.h"
#include "store/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace collector::ui {

AssignmentDialog::AssignmentDialog(Database& db, QString deviceId, const UserRecord& actor,
                                   const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_actor(actor)
    , m_today(today)
    , m_team(actor.role == UserRole::Admin ? Id() : actor.teamId)
{
    setWindowTitle(tr("Assign work"));
    resize(1000, 640);
    auto* layout = new QHBoxLayout(this);

    auto* left = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_from = new QComboBox(this);
    m_stage = new QComboBox(this);
    m_stage->addItem(tr("Any stage"), QString());
    m_stage->addItem(tr("Early"), QStringLiteral("early"));
    m_stage->addItem(tr("Middle"), QStringLiteral("middle"));
    m_stage->addItem(tr("Late"), QStringLiteral("late"));
    m_minDpd = new QSpinBox(this);
    m_maxDpd = new QSpinBox(this);
    for (QSpinBox* box : {m_minDpd, m_maxDpd}) {
        box->setRange(0, 9999);
        box->setSuffix(tr(" days"));
    }
    m_maxDpd->setValue(9999);
    m_language = new QComboBox(this);
    m_language->addItem(tr("Any language"), QString());
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_minBalance = new QDoubleSpinBox(this);
    m_minBalance->setRange(0, 1e12);
    m_minBalance->setDecimals(2);
    form->addRow(tr("&Held by:"), m_from);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("Days past due, &from:"), m_minDpd);
    form->addRow(tr("Days past due, &to:"), m_maxDpd);
    form->addRow(tr("Debtor's &language:"), m_language);
    form->addRow(tr("Balance at &least:"), m_minBalance);
    left->addLayout(form);
    auto* find = new QPushButton(tr("&Find accounts"), this);
    connect(find, &QPushButton::clicked, this, &AssignmentDialog::findAccounts);
    left->addWidget(find);
    m_accounts = new QTableWidget(0, 3, this);
    m_accounts->setHorizontalHeaderLabels({tr("Reference"), tr("Stage"), tr("Held by")});
    m_accounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accounts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_accounts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_accounts->setToolTip(
        tr("Select accounts to move only those; with none selected, every one listed moves."));
    m_accounts->verticalHeader()->hide();
    left->addWidget(m_accounts, 1);
    layout->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Collectors and their load (tick those to spread over):"), this));
    m_loads = new QTableWidget(0, 3, this);
    m_loads->setHorizontalHeaderLabels({tr("Collector"), tr("Active accounts"), tr("Balance")});
    m_loads->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_loads->verticalHeader()->hide();
    right->addWidget(m_loads, 1);
    auto* moveRow = new QHBoxLayout;
    m_to = new QComboBox(this);
    auto* move = new QPushButton(tr("&Move to"), this);
    connect(move, &QPushButton::clicked, this, &AssignmentDialog::moveAllTo);
    moveRow->addWidget(move);
    moveRow->addWidget(m_to, 1);
    right->addLayout(moveRow);
    auto* spread = new QPushButton(tr("Spread &evenly over the ticked collectors"), this);
    connect(spread, &QPushButton::clicked, this, &AssignmentDialog::spreadOverTicked);
    right->addWidget(spread);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    right->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    right->addWidget(buttons);
    layout->addLayout(right, 1);

    refreshLoads();
    findAccounts();
}

void AssignmentDialog::refreshLoads()
{
    auto loads = collectorLoads(m_db, m_team);
    if (!loads) {
        m_result->setText(tr("The loads cannot be read: %1").arg(loads.error().detail));
        return;
    }
    std::vector<bool> ticked;
    for (int r = 0; r < m_loads->rowCount(); ++r)
        ticked.push_back(m_loads->item(r, 0)->checkState() == Qt::Checked);
    m_loadRows = loads.value();
    const QByteArray from = m_from->currentData().toByteArray();
    const QByteArray to = m_to->currentData().toByteArray();
    m_from->clear();
    m_to->clear();
    m_from->addItem(tr("Anyone"), QByteArray());
    m_loads->setRowCount(static_cast<int>(m_loadRows.size()));
    for (int r = 0; r < static_cast<int>(m_loadRows.size()); ++r) {
        const CollectorLoad& l = m_loadRows[static_cast<std::size_t>(r)];
        auto* who = new QTableWidgetItem(l.login);
        who->setFlags(who->flags() | Qt::ItemIsUserCheckable);
        who->setCheckState(r < static_cast<int>(ticked.size()) && ticked[static_cast<std::size_t>(r)]
                               ? Qt::Checked
                               : Qt::Unchecked);
        m_loads->setItem(r, 0, who);
        m_loads->setItem(r, 1, new QTableWidgetItem(QString::number(l.activeAccounts)));
        const auto currency = Currency::fromCode(l.currency);
        m_loads->setItem(
            r, 2,
            new QTableWidgetItem(currency ? Money(l.balanceMinor, currency.value()).toDecimalString() +
                                                QLatin1Char(' ') + l.currency
                                          : QString()));
        m_from->addItem(l.login, l.collectorId.toBytes());
        m_to->addItem(l.login, l.collectorId.toBytes());
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(to)));
    m_loads->resizeColumnsToContents();
}

void AssignmentDialog::findAccounts()
{
    AssignmentRule rule;
    rule.fromCollectorId = Id::fromBytes(m_from->currentData().toByteArray());
    rule.stage = m_stage->currentData().toString();
    if (m_minDpd->value() > 0)
        rule.minDaysPastDue = m_minDpd->value();
    if (m_maxDpd->value() < m_maxDpd->maximum())
        rule.maxDaysPastDue = m_maxDpd->value();
    rule.language = m_language->currentData().toString();
    if (m_minBalance->value() > 0 && !m_loadRows.empty()) {
        const auto currency = Currency::fromCode(m_loadRows.front().currency);
        const int digits = currency ? currency.value().minorDigits : 2;
        rule.minBalanceMinor = std::llround(m_minBalance->value() * std::pow(10.0, digits));
    }
    auto picked = selectAccounts(m_db, m_team, rule, m_today);
    if (!picked) {
        m_result->setText(tr("The accounts cannot be read: %1").arg(picked.error().detail));
        return;
    }
    m_matching = picked.value();
    m_holders.clear();
    m_accounts->setRowCount(static_cast<int>(m_matching.size()));
    auto q =
        m_db.prepare("SELECT a.creditor_reference, a.stage, coalesce(u.login, ''), a.assigned_collector_id "
                     "FROM account a LEFT JOIN app_user u ON u.id = a.assigned_collector_id WHERE a.id = ?");
    for (int r = 0; q && r < static_cast<int>(m_matching.size()); ++r) {
        q.value().reset();
        q.value().bind(1, m_matching[static_cast<std::size_t>(r)].toBytes());
        if (auto row = q.value().step(); row && row.value()) {
            for (int c = 0; c < 3; ++c)
                m_accounts->setItem(r, c, new QTableWidgetItem(q.value().text(c)));
            m_holders.push_back(Id::fromBytes(q.value().blob(3)));
        } else {
            m_holders.emplace_back();
        }
    }
    m_accounts->resizeColumnsToContents();
    m_result->setText(tr("%n account(s) match.", nullptr, static_cast<int>(m_matching.size())));
}

void AssignmentDialog::apply(const std::vector<AccountMove>& moves)
{
    auto moved = reassignAccounts(m_db, m_deviceId, m_actor, moves, QDateTime::currentMSecsSinceEpoch());
    if (!moved) {
        m_result->setText(tr("Nothing was moved: %1").arg(moved.error().detail));
        return;
    }
    refreshLoads();
    findAccounts();
    m_result->setText(
        tr("%n account(s) moved; the change reaches the hub with the next sync.", nullptr, moved.value()));
    Q_EMIT accountsMoved(moved.value());
}

std::vector<std::size_t> AssignmentDialog::chosenRows() const
{
    std::vector<std::size_t> rows;
    for (int r = 0; r < m_accounts->rowCount() && r < static_cast<int>(m_matching.size()); ++r)
        if (m_accounts->selectionModel()->isRowSelected(r, QModelIndex()))
            rows.push_back(static_cast<std::size_t>(r));
    if (rows.empty())
        for (std::size_t r = 0; r < m_matching.size(); ++r)
            rows.push_back(r);
    return rows;
}

void AssignmentDialog::moveAllTo()
{
    const Id to = Id::fromBytes(m_to->currentData().toByteArray());
    std::vector<AccountMove> moves;
    for (std::size_t r : chosenRows())
        moves.push_back({m_matching[r], to});
    apply(moves);
}

void AssignmentDialog::spreadOverTicked()
{
    std::vector<CollectorLoad> chosen;
    for (int r = 0; r < m_loads->rowCount(); ++r)
        if (m_loads->item(r, 0)->checkState() == Qt::Checked)
            chosen.push_back(m_loadRows[static_cast<std::size_t>(r)]);
    if (chosen.empty()) {
        m_result->setText(tr("Tick the collectors to spread the accounts over."));
        return;
    }
    std::vector<Id> accounts;
    std::vector<Id> holders;
    for (std::size_t r : chosenRows()) {
        accounts.push_back(m_matching[r]);
        holders.push_back(r < m_holders.size() ? m_holders[r] : Id());
    }
    apply(spreadEvenly(accounts, holders, chosen));
}

} // namespace collector::ui
