#include "views/queuefilterbar.h"

#include "dialogs/contactlogdialog.h"
#include "views/queuemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QTimer>

namespace collector::ui {

namespace {

constexpr int kSearchRestMs = 250; // typing pauses this long before the store is searched

// Reads a combo's data as "no filter" (-1) or a value.
template <typename T> std::optional<T> chosen(const QComboBox* box)
{
    const int code = box->currentData().toInt();
    return code < 0 ? std::nullopt : std::optional<T>(static_cast<T>(code));
}

} // namespace

QueueFilterBar::QueueFilterBar(QueueModel* filter, QWidget* parent)
    : QWidget(parent)
    , m_filter(filter)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Reference, name or phone…"));
    m_search->setClearButtonEnabled(true);
    m_group = new QComboBox(this);
    m_group->addItem(tr("All groups"), -1);
    for (QueueGroup g :
         {QueueGroup::CallbackDue, QueueGroup::PromiseDueToday, QueueGroup::PromiseBrokenYesterday,
          QueueGroup::NewPlacement, QueueGroup::MissedInstalment, QueueGroup::Scored, QueueGroup::NotNow})
        m_group->addItem(QueueModel::groupLabel(g), static_cast<int>(g));
    m_stage = new QComboBox(this);
    m_stage->addItem(tr("All stages"), -1);
    m_stage->addItem(tr("Early"), static_cast<int>(Stage::Early));
    m_stage->addItem(tr("Middle"), static_cast<int>(Stage::Middle));
    m_stage->addItem(tr("Late"), static_cast<int>(Stage::Late));
    m_dpd = new QComboBox(this);
    m_dpd->addItem(tr("Any DPD"), -1);
    m_dpd->addItem(tr("Not past due"), 0);
    for (int bucket = 1; bucket < kDpdBucketCount; ++bucket)
        m_dpd->addItem(tr("DPD %1").arg(dpdBucketLabel(bucket)), bucket);
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Any last outcome"), QVariant());
    m_outcome->addItem(tr("Never contacted"), QString());
    for (const CodeEntry<Outcome>& entry : codeTable<Outcome>())
        m_outcome->addItem(outcomeLabel(entry.value), QString::fromLatin1(entry.code));
    m_promise = new QComboBox(this);
    m_promise->addItem(tr("Any promise"), -1);
    m_promise->addItem(tr("No promise"), static_cast<int>(PromiseFilter::None));
    m_promise->addItem(tr("Promise open"), static_cast<int>(PromiseFilter::Open));
    m_promise->addItem(tr("Promise kept"), static_cast<int>(PromiseFilter::Kept));
    m_promise->addItem(tr("Promise broken"), static_cast<int>(PromiseFilter::Broken));

    grid->addWidget(m_search, 0, 0, 1, 2);
    grid->addWidget(m_group, 0, 2);
    grid->addWidget(m_stage, 1, 0);
    grid->addWidget(m_dpd, 1, 1);
    grid->addWidget(m_outcome, 1, 2);
    grid->addWidget(m_promise, 2, 0);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchRestMs);
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { Q_EMIT searchRequested(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        m_searchDelay->start();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGroup(chosen<QueueGroup>(m_group)); });
    connect(m_stage, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStage(chosen<Stage>(m_stage)); });
    connect(m_dpd, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDpdBucket(chosen<int>(m_dpd)); });
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant code = m_outcome->currentData();
        m_filter->setLastOutcome(code.isNull() ? std::nullopt : std::optional<QString>(code.toString()));
    });
    connect(m_promise, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPromise(chosen<PromiseFilter>(m_promise)); });
}

} // namespace collector::ui
