// The main window's queue region: whose queue is open (within what the signed-in user may see), the
// filter row, and moving through the queue with the keyboard.
#include "profile/profile.h"
#include "queue/queue.h"
#include "queue/queuesearch.h"
#include "users/access.h"
#include "views/accountworkspace.h"
#include "views/mainwindow.h"
#include "views/queuefilterbar.h"
#include "views/queuemodel.h"
#include "views/workregion.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace collector::ui {

QWidget* MainWindow::buildQueuePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_queueTitle = new QLabel(page);
    layout->addWidget(m_queueTitle);
    auto* filters = new QueueFilterBar(m_queueModel, page);
    layout->addWidget(filters);
    // Names and numbers are looked up in the store (the queue itself holds neither).
    connect(filters, &QueueFilterBar::searchRequested, this, [this](const QString& text) {
        if (isLocked() || text.size() < 2)
            return;
        auto found = searchCollectorAccounts(m_profile->database(), m_queueCollectorId, text);
        if (found)
            m_queueModel->setSearchMatches(found.value());
    });
    m_queueView = new QTableView(page);
    m_queueView->setModel(m_queueModel);
    // A group's header row spans the table; spans are set again whenever the rows are read anew.
    connect(m_queueModel, &QAbstractItemModel::modelReset, this, [this] {
        m_queueView->clearSpans();
        for (int row : {0, m_queueModel->rowCount() - m_queueModel->notNowCount() - 1})
            if (m_queueModel->isHeader(row))
                m_queueView->setSpan(row, 0, 1, QueueModel::ColumnCount);
    });
    m_queueView->setSortingEnabled(true);
    m_queueView->sortByColumn(QueueModel::PositionColumn, Qt::AscendingOrder);
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 8);
    m_queueView->horizontalHeader()->setStretchLastSection(true);
    for (int column : {int(QueueModel::PositionColumn), int(QueueModel::ReferenceColumn),
                       int(QueueModel::GroupColumn), int(QueueModel::DpdColumn)})
        m_queueView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Score, balance and the first reason are in the tooltip and the workspace; the region stays narrow.
    for (int column :
         {int(QueueModel::ScoreColumn), int(QueueModel::BalanceColumn), int(QueueModel::ReasonColumn)})
        m_queueView->hideColumn(column);
    layout->addWidget(m_queueView);
    connect(m_queueView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openQueueRow(index.row()); });
    return page;
}

void MainWindow::chooseQueue()
{
    if (isLocked())
        return;
    if (!m_user) {
        QMessageBox::information(
            this, tr("Open queue"),
            tr("Nobody is signed in on this workstation. An administrator assigns it to its "
               "user with: collectorctl users assign-device --login LOGIN"));
        return;
    }
    auto users = listUsers(m_profile->database());
    QStringList items;
    for (const UserRecord& user : users ? users.value() : std::vector<UserRecord>())
        if (user.role == UserRole::Collector && mayOpenQueueOf(*m_user, user))
            items << user.login + QStringLiteral(" — ") + user.displayName;
    if (items.isEmpty()) {
        QMessageBox::information(this, tr("Open queue"), tr("No collectors in your team are on record yet."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Open queue"), tr("Collector:"), items, 0, false, &ok);
    if (ok)
        openQueueFor(chosen.section(QStringLiteral(" — "), 0, 0));
}

bool MainWindow::openQueueFor(const QString& login)
{
    if (isLocked() || !m_user)
        return false;
    auto collector = findUser(m_profile->database(), login);
    if (!collector || !collector.value() || collector.value()->role != UserRole::Collector)
        return false;
    if (!mayOpenQueueOf(*m_user, *collector.value())) {
        statusBar()->showMessage(tr("That queue belongs to another team."), 5000);
        return false;
    }
    m_queueCollector = collector.value()->login;
    m_queueCollectorId = collector.value()->id;
    rebuildQueue();
    m_queue->setContent(m_queuePage);
    auditAbout(QStringLiteral("queue_opened"), QStringLiteral("user"), m_queueCollectorId.toString(), {});
    m_queueView->setFocus();
    if (const auto first = nextAccountRow(-1))
        m_queueView->selectRow(*first);
    return true;
}

void MainWindow::rebuildQueue()
{
    if (isLocked() || m_queueCollector.isEmpty())
        return;
    // Only the places that may have moved are worked out again; the table then reads what is on screen. When
    // many have (a large queue's first look of the day), they are worked out on a connection of their own
    // while the places stored last time stay on screen.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc());
    Database& db = m_profile->database();
    const Id collector = m_queueCollectorId;
    auto due = queuePlacesDue(db, defaultStrategy(), collector, now);
    if (due && due.value() >= m_rankInBackgroundFrom) {
        if (m_queueModel->property("collector").toString() != collector.toString()) {
            m_queueModel->setQueue(&db, collector, now);
            m_queueModel->setProperty("collector", collector.toString());
        }
        m_queueTitle->setText(
            tr("<b>%1</b> · updating the queue (%n place(s) to work out)…", nullptr, due.value())
                .arg(m_queueCollector.toHtmlEscaped()));
        const int generation = ++m_queueRankings;
        m_queueRanking = true;
        auto* watcher = new QFutureWatcher<Result<QueueRanking>>(this);
        connect(watcher, &QFutureWatcher<Result<QueueRanking>>::finished, this, [=, this] {
            const Result<QueueRanking> ranked = watcher->result();
            watcher->deleteLater();
            // A ranking started since supersedes this one: the queue is still being updated until it ends.
            if (generation != m_queueRankings)
                return;
            m_queueRanking = false;
            if (isLocked() || m_queueCollectorId != collector)
                return;
            if (!ranked) {
                statusBar()->showMessage(errorAdvice(ranked.error().code));
                return;
            }
            showQueue(ranked.value(), now);
        });
        watcher->setFuture(QtConcurrent::run([open = storeOpener(), collector, now] {
            auto own = open();
            if (!own)
                return Result<QueueRanking>(own.error());
            return rankQueue(own.value(), defaultStrategy(), collector, now);
        }));
        return;
    }
    auto ranking = rankQueue(db, defaultStrategy(), collector, now);
    if (!ranking) {
        statusBar()->showMessage(errorAdvice(ranking.error().code));
        return;
    }
    showQueue(ranking.value(), now);
}

void MainWindow::showQueue(const QueueRanking& ranking, const QDateTime& at)
{
    const Id current = m_accountWorkspace->account().accountId;
    if (m_queueModel->property("collector").toString() == m_queueCollectorId.toString()) {
        m_queueModel->reload(at);
    } else {
        m_queueModel->setQueue(&m_profile->database(), m_queueCollectorId, at);
        m_queueModel->setProperty("collector", m_queueCollectorId.toString());
    }
    m_queueTitle->setText(tr("<b>%1</b> · %n account(s), %2 not now", nullptr, ranking.accounts)
                              .arg(m_queueCollector.toHtmlEscaped())
                              .arg(ranking.notNow));
    if (const auto row = m_queueModel->rowOf(current))
        m_queueView->selectRow(*row);
}

void MainWindow::waitForQueueRanking()
{
    // A ranking under way holds a connection to the store: it finishes before the store's keys go.
    for (auto* watcher : findChildren<QFutureWatcher<Result<QueueRanking>>*>())
        watcher->waitForFinished();
}

// The first account row after `row` (header rows are skipped).
std::optional<int> MainWindow::nextAccountRow(int row) const
{
    for (int next = row + 1; next < m_queueModel->rowCount(); ++next)
        if (!m_queueModel->isHeader(next))
            return next;
    return std::nullopt;
}

void MainWindow::openQueueRow(int row)
{
    const QueueRow* e = m_queueModel->entry(row);
    if (!e || isLocked())
        return;
    const Id accountId = e->accountId;
    m_queueView->selectRow(row);
    beginAccount(accountId);
}

void MainWindow::openNextAccount()
{
    if (isLocked() || m_queueModel->accountCount() == 0)
        return;
    const QModelIndexList selected = m_queueView->selectionModel()->selectedRows();
    const Id open = m_accountWorkspace->account().accountId;
    int row = selected.isEmpty() ? -1 : selected.front().row() - 1;
    // From the account being worked, the next one; the first when none is open yet.
    if (!open.isNull() && row >= -1 && m_queueModel->entry(row + 1) &&
        m_queueModel->entry(row + 1)->accountId == open)
        ++row;
    const auto next = nextAccountRow(row);
    if (!next) {
        statusBar()->showMessage(tr("The end of the queue."), 5000);
        return;
    }
    openQueueRow(*next);
}

} // namespace collector::ui
