#include "views/accountworkspace.h"

#include "domain/contactmask.h"
#include "domain/nationalid.h"
#include "views/accounthistory.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace collector::ui {

namespace {

enum Column
{
    KindColumn,
    ValueColumn,
    HolderColumn,
    FlagsColumn,
    GateColumn,
    ColumnCount
};

QString stageLabel(Stage stage)
{
    switch (stage) {
    case Stage::Early:
        return AccountWorkspace::tr("early");
    case Stage::Middle:
        return AccountWorkspace::tr("middle");
    case Stage::Late:
        return AccountWorkspace::tr("late");
    }
    return {};
}

QString kindLabel(const ContactPointView& p)
{
    switch (p.kind) {
    case ContactKind::Phone:
        return p.phoneType == PhoneType::Mobile ? AccountWorkspace::tr("Mobile")
                                                : AccountWorkspace::tr("Phone");
    case ContactKind::Email:
        return AccountWorkspace::tr("E-mail");
    case ContactKind::Address:
        return AccountWorkspace::tr("Address");
    }
    return {};
}

QString holderLabel(const QString& holder)
{
    if (holder == QLatin1String("debtor"))
        return AccountWorkspace::tr("Debtor");
    if (holder == QLatin1String("family"))
        return AccountWorkspace::tr("Family");
    if (holder == QLatin1String("colleague"))
        return AccountWorkspace::tr("Colleague");
    if (holder == QLatin1String("reference"))
        return AccountWorkspace::tr("Reference");
    return AccountWorkspace::tr("Other");
}

QString money(qint64 minor, const Currency& currency)
{
    return Money(minor, currency).toDecimalString() + QLatin1Char(' ') + currency.code;
}

} // namespace

QString stopLabel(StopKind kind)
{
    switch (kind) {
    case StopKind::Dispute:
        return AccountWorkspace::tr("Dispute");
    case StopKind::Complaint:
        return AccountWorkspace::tr("Complaint");
    case StopKind::CeaseCommunication:
        return AccountWorkspace::tr("Cease request");
    case StopKind::Bankruptcy:
        return AccountWorkspace::tr("Bankruptcy");
    case StopKind::Deceased:
        return AccountWorkspace::tr("Deceased");
    case StopKind::BreathingSpace:
        return AccountWorkspace::tr("Breathing space");
    case StopKind::LegalHold:
        return AccountWorkspace::tr("Legal hold");
    case StopKind::Cleared:
        break;
    }
    return {};
}

AccountWorkspace::AccountWorkspace(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_badges = new QLabel(this);
    m_badges->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    layout->addWidget(m_badges);

    auto* card = new QFormLayout();
    const auto revealRow = [this, card](const QString& label, QLabel*& value, QPushButton*& button) {
        auto* row = new QHBoxLayout();
        value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        button = new QPushButton(tr("Reveal"), this);
        button->setToolTip(tr("Shows this field in clear; every reveal is recorded in the audit trail."));
        row->addWidget(value, 1);
        row->addWidget(button);
        card->addRow(label, row);
    };
    revealRow(tr("Debtor"), m_name, m_revealName);
    revealRow(tr("ID number"), m_nationalId, m_revealId);
    m_localTime = new QLabel(this);
    m_standing = new QLabel(this);
    m_balance = new QLabel(this);
    m_balance->setWordWrap(true);
    card->addRow(tr("Local time"), m_localTime);
    card->addRow(tr("Standing"), m_standing);
    card->addRow(tr("Balance"), m_balance);
    layout->addLayout(card);

    auto* pointsHeader = new QHBoxLayout();
    pointsHeader->addWidget(new QLabel(tr("<b>Contact points</b>"), this), 1);
    m_revealPoint = new QPushButton(tr("Reveal contact"), this);
    m_revealPoint->setToolTip(tr("Shows the selected contact point in clear; recorded in the audit trail."));
    pointsHeader->addWidget(m_revealPoint);
    layout->addLayout(pointsHeader);

    m_points = new QTableWidget(0, ColumnCount, this);
    m_points->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Contact"), tr("Belongs to"), tr("Flags"), tr("Contact now")});
    m_points->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_points->setSelectionMode(QAbstractItemView::SingleSelection);
    m_points->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_points->verticalHeader()->hide();
    m_points->horizontalHeader()->setSectionResizeMode(GateColumn, QHeaderView::Stretch);
    m_points->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_points, 1);
    m_gateDetail = new QLabel(this);
    m_gateDetail->setWordWrap(true);
    m_gateDetail->setTextFormat(Qt::RichText);
    layout->addWidget(m_gateDetail);
    m_history = new AccountHistory(this);
    layout->addWidget(m_history, 2);

    connect(m_revealName, &QPushButton::clicked, this,
            [this] { Q_EMIT revealRequested(QStringLiteral("name"), -1); });
    connect(m_revealId, &QPushButton::clicked, this,
            [this] { Q_EMIT revealRequested(QStringLiteral("national_id"), -1); });
    connect(m_revealPoint, &QPushButton::clicked, this, [this] {
        if (currentPoint() >= 0)
            Q_EMIT revealRequested(QStringLiteral("contact"), currentPoint());
    });
    connect(m_points, &QTableWidget::currentCellChanged, this, [this] { showGateDetail(); });
}

int AccountWorkspace::currentPoint() const
{
    return m_points->currentRow();
}

void AccountWorkspace::selectPoint(int row)
{
    if (row >= 0 && row < m_points->rowCount())
        m_points->setCurrentCell(row, KindColumn);
}

void AccountWorkspace::showAccount(const AccountView& view, const std::vector<GateDecision>& gates,
                                   const QDateTime& now)
{
    m_view = view;
    m_nameShown = false;
    m_idShown = false;
    m_pointShown.assign(view.contactPoints.size(), false);
    m_header->setText(QStringLiteral("<h3>%1 · %2 · %3</h3>")
                          .arg(m_view.reference.toHtmlEscaped(), m_view.creditorName.toHtmlEscaped(),
                               m_view.product.toHtmlEscaped()));
    QStringList badges;
    for (StopKind kind : m_view.stopsInForce)
        badges << QStringLiteral("<span style='background:#b3261e;color:white'>&nbsp;%1&nbsp;</span>")
                      .arg(stopLabel(kind).toHtmlEscaped());
    m_badges->setText(badges.join(QLatin1Char(' ')));
    m_badges->setVisible(!badges.isEmpty());
    const LedgerPosition& p = m_view.position;
    m_standing->setText(
        tr("Stage %1 · %n day(s) past due", nullptr, m_view.daysPastDue).arg(stageLabel(m_view.stage)));
    m_balance->setText(tr("<b>%1</b> (principal %2, interest %3, fees %4) · paid %5")
                           .arg(money(p.balanceMinor(), m_view.currency),
                                money(p.owed(Component::Principal), m_view.currency),
                                money(p.owed(Component::Interest), m_view.currency),
                                money(p.owed(Component::Fees), m_view.currency),
                                money(p.paidMinor, m_view.currency)));
    fillDebtor();
    m_points->setRowCount(0);
    updateGates(gates, now);
    if (!m_view.contactPoints.empty())
        m_points->setCurrentCell(0, KindColumn);
}

void AccountWorkspace::updateGates(const std::vector<GateDecision>& gates, const QDateTime& now)
{
    m_gates = gates;
    m_now = now;
    const QTimeZone zone(m_view.timeZone.toUtf8());
    m_localTime->setText(zone.isValid() ? tr("%1 (%2)").arg(QLocale().toString(now.toTimeZone(zone),
                                                                               QStringLiteral("ddd HH:mm")),
                                                            m_view.timeZone)
                                        : tr("unknown time zone"));
    fillPoints();
    showGateDetail();
}

void AccountWorkspace::fillDebtor()
{
    m_name->setText(m_nameShown ? m_view.debtorName : maskPersonName(m_view.debtorName));
    m_nationalId->setText(m_view.nationalId.isEmpty() ? tr("not on record")
                          : m_idShown                 ? m_view.nationalId
                                                      : maskNationalId(m_view.nationalId));
    m_revealName->setEnabled(!m_nameShown);
    m_revealId->setEnabled(!m_idShown && !m_view.nationalId.isEmpty());
}

void AccountWorkspace::fillPoints()
{
    const int keep = m_points->currentRow();
    m_points->setRowCount(static_cast<int>(m_view.contactPoints.size()));
    for (int row = 0; row < m_points->rowCount(); ++row) {
        const ContactPointView& p = m_view.contactPoints[static_cast<std::size_t>(row)];
        QStringList flags;
        if (p.doNotContact)
            flags << tr("do not contact");
        if (!p.consent)
            flags << tr("no consent");
        if (p.verified)
            flags << tr("verified");
        const QString value =
            m_pointShown[static_cast<std::size_t>(row)] ? p.value : maskContactValue(p.kind, p.value);
        const QString gate = static_cast<std::size_t>(row) < m_gates.size()
                                 ? gateSummary(m_gates[static_cast<std::size_t>(row)])
                                 : QString();
        const QString cells[] = {kindLabel(p), value, holderLabel(p.holder), flags.join(QStringLiteral(", ")),
                                 gate};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column == GateColumn && static_cast<std::size_t>(row) < m_gates.size()) {
                const GateVerdict v = m_gates[static_cast<std::size_t>(row)].verdict;
                item->setForeground(v == GateVerdict::Blocked ? QColor(0xb3, 0x26, 0x1e)
                                    : v == GateVerdict::Warn  ? QColor(0x8a, 0x5a, 0x00)
                                                              : QColor(0x1b, 0x6e, 0x20));
            }
            m_points->setItem(row, column, item);
        }
    }
    if (keep >= 0 && keep < m_points->rowCount())
        m_points->setCurrentCell(keep, KindColumn);
}

QString AccountWorkspace::gateSummary(const GateDecision& gate)
{
    const QTimeZone zone(gate.debtorTimeZone.toUtf8());
    const auto local = [&](const QDateTime& t) {
        return QLocale().toString(t.toTimeZone(zone.isValid() ? zone : QTimeZone::utc()),
                                  QStringLiteral("ddd HH:mm"));
    };
    switch (gate.verdict) {
    case GateVerdict::Allowed:
        return gate.allowedUntil ? tr("Allowed until %1").arg(local(*gate.allowedUntil)) : tr("Allowed");
    case GateVerdict::Warn:
        return tr("Allowed with care (%1)").arg(gate.ruleId);
    case GateVerdict::Blocked:
        return gate.reopensAt ? tr("Blocked (%1) — reopens %2").arg(gate.ruleId, local(*gate.reopensAt))
                              : tr("Blocked (%1) — until cleared").arg(gate.ruleId);
    }
    return {};
}

void AccountWorkspace::showGateDetail()
{
    const int row = m_points->currentRow();
    m_revealPoint->setEnabled(row >= 0 && !m_pointShown.empty() &&
                              !m_pointShown[static_cast<std::size_t>(row)]);
    if (row < 0 || static_cast<std::size_t>(row) >= m_gates.size()) {
        m_gateDetail->clear();
        return;
    }
    const GateDecision& g = m_gates[static_cast<std::size_t>(row)];
    QString text =
        QStringLiteral("<b>%1</b> %2").arg(gateSummary(g).toHtmlEscaped(), g.reason.toHtmlEscaped());
    if (!g.citation.isEmpty())
        text += QStringLiteral("<br><small>%1</small>").arg(g.citation.toHtmlEscaped());
    m_gateDetail->setText(text);
}

void AccountWorkspace::revealField(const QString& field, int point)
{
    if (field == QLatin1String("name"))
        m_nameShown = true;
    else if (field == QLatin1String("national_id"))
        m_idShown = true;
    else if (field == QLatin1String("contact") && point >= 0 &&
             static_cast<std::size_t>(point) < m_pointShown.size())
        m_pointShown[static_cast<std::size_t>(point)] = true;
    fillDebtor();
    fillPoints();
    showGateDetail();
}

void AccountWorkspace::conceal()
{
    m_nameShown = false;
    m_idShown = false;
    m_pointShown.assign(m_pointShown.size(), false);
    fillDebtor();
    fillPoints();
    showGateDetail();
}

bool AccountWorkspace::isRevealed(const QString& field, int point) const
{
    if (field == QLatin1String("name"))
        return m_nameShown;
    if (field == QLatin1String("national_id"))
        return m_idShown;
    return point >= 0 && static_cast<std::size_t>(point) < m_pointShown.size() &&
           m_pointShown[static_cast<std::size_t>(point)];
}

} // namespace collector::ui
