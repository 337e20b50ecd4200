#include "dialogs/importdialog.h"

#include "profile/profile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace collector::ui {

namespace {
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;
}

QString ImportDialog::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::CreditorReference:
        return tr("Creditor reference");
    case ImportField::DebtorName:
        return tr("Debtor name");
    case ImportField::NationalId:
        return tr("National id");
    case ImportField::BirthDate:
        return tr("Date of birth");
    case ImportField::Mobile:
        return tr("Mobile phone");
    case ImportField::Phone2:
        return tr("Second phone");
    case ImportField::Landline:
        return tr("Landline");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Address:
        return tr("Address");
    case ImportField::State:
        return tr("State or province");
    case ImportField::TimeZone:
        return tr("Time zone");
    case ImportField::Product:
        return tr("Product");
    case ImportField::Currency:
        return tr("Currency");
    case ImportField::Principal:
        return tr("Principal");
    case ImportField::Interest:
        return tr("Interest");
    case ImportField::Fees:
        return tr("Fees");
    case ImportField::DueDate:
        return tr("First missed due date");
    case ImportField::OpenedOn:
        return tr("Opened on");
    case ImportField::Language:
        return tr("Language");
    case ImportField::Amount:
        return tr("Amount");
    case ImportField::PaidOn:
        return tr("Paid on");
    case ImportField::TransactionReference:
        return tr("Transaction reference");
    case ImportField::PaymentChannel:
        return tr("Payment channel");
    }
    return {};
}

ImportDialog::ImportDialog(Kind kind, std::shared_ptr<Profile> profile, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_profile(std::move(profile))
    , m_fileEdit(new QLineEdit(this))
    , m_creditorEdit(new QLineEdit(this))
    , m_encodingCombo(new QComboBox(this))
    , m_currencyCombo(new QComboBox(this))
    , m_readInfo(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_reportButton(new QPushButton(tr("&Save rejected rows…"), this))
{
    setWindowTitle(kind == Kind::Placements ? tr("Import placements") : tr("Import payments"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    fileRow->addWidget(m_fileEdit, 1);
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(browseButton);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    m_creditorEdit->setObjectName(QStringLiteral("creditorEdit"));
    m_creditorEdit->setPlaceholderText(tr("The lender's code, for example HXCF"));
    auto* creditorLabel = new QLabel(tr("&Creditor:"), this);
    creditorLabel->setBuddy(m_creditorEdit);
    form->addRow(creditorLabel, m_creditorEdit);
    m_encodingCombo->addItem(tr("Detect automatically"));
    m_encodingCombo->addItem(QStringLiteral("UTF-8"));
    m_encodingCombo->addItem(QStringLiteral("GB18030 / GBK"));
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encodingCombo);
    form->addRow(encodingLabel, m_encodingCombo);
    m_currencyCombo->addItems({QStringLiteral("CNY"), QStringLiteral("USD"), QStringLiteral("HKD"),
                               QStringLiteral("EUR"), QStringLiteral("GBP")});
    auto* currencyLabel = new QLabel(tr("C&urrency when the file has none:"), this);
    currencyLabel->setBuddy(m_currencyCombo);
    if (kind == Kind::Placements)
        form->addRow(currencyLabel, m_currencyCombo);
    else {
        currencyLabel->hide();
        m_currencyCombo->hide();
    }
    layout->addLayout(form);

    m_readInfo->setWordWrap(true);
    layout->addWidget(m_readInfo);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(m_mapping, 1);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_reportButton, QDialogButtonBox::ActionRole);
    m_reportButton->setEnabled(false);
    m_importButton->setEnabled(false);
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::loadPreview);
    connect(m_encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::loadPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_reportButton, &QPushButton::clicked, this, &ImportDialog::saveReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::finishImport);
    resize(640, 620);
}

ImportDialog::~ImportDialog()
{
    // A line edit losing focus while the dialog is torn down still emits editingFinished: cut it off first.
    disconnect(m_fileEdit, nullptr, this, nullptr);
    disconnect(m_encodingCombo, nullptr, this, nullptr);
    m_watcher.waitForFinished(); // the import writes through our profile; let it finish its part
}

void ImportDialog::setFile(const QString& path)
{
    m_fileEdit->setText(path);
    loadPreview();
}

void ImportDialog::setCreditor(const QString& code)
{
    m_creditorEdit->setText(code);
}

void ImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, windowTitle(), QFileInfo(m_fileEdit->text()).path(),
                                     tr("Lender files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

std::optional<TextEncoding> ImportDialog::chosenEncoding() const
{
    switch (m_encodingCombo->currentIndex()) {
    case 1:
        return TextEncoding::Utf8;
    case 2:
        return TextEncoding::Gb18030;
    default:
        return std::nullopt;
    }
}

void ImportDialog::loadPreview()
{
    m_preview.reset();
    m_mapping->setRowCount(0);
    m_importButton->setEnabled(false);
    QFile file(m_fileEdit->text().trimmed());
    if (m_fileEdit->text().trimmed().isEmpty())
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        m_readInfo->setText(tr("The file cannot be read, or is larger than 512 MiB. Check the path."));
        return;
    }
    m_bytes = file.readAll();
    const auto fields = m_kind == Kind::Placements ? placementFields() : paymentFields();
    const auto required = m_kind == Kind::Placements ? placementRequiredFields() : paymentRequiredFields();
    auto preview = previewHeader(m_bytes, chosenEncoding(), fields);
    if (!preview) {
        m_readInfo->setText(tr("The file cannot be read: %1").arg(preview.error().detail));
        return;
    }
    m_preview = preview.value();
    const QString delimiter = m_preview->delimiter == QLatin1Char('\t')  ? tr("tab")
                              : m_preview->delimiter == QLatin1Char(';') ? tr("semicolon")
                                                                         : tr("comma");
    m_readInfo->setText(
        tr("Read as %1, %2-separated, %n column(s). Check the column for each field; fields marked "
           "* are required.",
           nullptr, static_cast<int>(m_preview->header.size()))
            .arg(m_preview->encoding == TextEncoding::Utf8 ? QStringLiteral("UTF-8")
                                                           : QStringLiteral("GB18030"),
                 delimiter));
    m_mapping->setRowCount(static_cast<int>(m_preview->suggested.size()));
    int row = 0;
    for (const auto& [field, column] : m_preview->suggested) {
        const bool isRequired = std::find(required.begin(), required.end(), field) != required.end();
        auto* name =
            new QTableWidgetItem(fieldLabel(field) + (isRequired ? QStringLiteral(" *") : QString()));
        name->setData(Qt::UserRole, codeOf(field));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, name);
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not in the file)"));
        combo->addItems(m_preview->header);
        combo->setCurrentIndex(column + 1);
        m_mapping->setCellWidget(row, 1, combo);
        ++row;
    }
    m_importButton->setEnabled(true);
}

QJsonObject ImportDialog::mappingFromTable() const
{
    QJsonObject mapping;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 1));
        if (combo != nullptr && combo->currentIndex() > 0)
            mapping.insert(m_mapping->item(row, 0)->data(Qt::UserRole).toString(), combo->currentText());
    }
    return mapping;
}

void ImportDialog::startImport()
{
    if (m_importing || !m_preview)
        return;
    if (m_creditorEdit->text().trimmed().isEmpty()) {
        m_result->setText(tr("Enter the creditor's code first."));
        m_creditorEdit->setFocus();
        return;
    }
    ImportOptions options;
    options.creditorCode = m_creditorEdit->text().trimmed();
    options.mapping = mappingFromTable();
    options.encoding = chosenEncoding();
    options.defaultCurrency = m_currencyCombo->currentText();
    options.today = QDate::currentDate();
    m_importing = true;
    m_importButton->setEnabled(false);
    m_reportButton->setEnabled(false);
    m_result->setText(tr("Importing…"));
    m_progress->setValue(0);
    const QPointer<ImportDialog> self(this);
    auto progress = [self](qint64 done, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(100 * done / total) : 100;
        QMetaObject::invokeMethod(
            self,
            [self, percent] {
                // One read of the guarded pointer: the dialog may close between a check and a use.
                if (ImportDialog* dialog = self.data())
                    dialog->m_progress->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    const bool placements = m_kind == Kind::Placements;
    m_watcher.setFuture(QtConcurrent::run(
        [profile = m_profile, bytes = m_bytes, path = m_fileEdit->text(), options, progress, placements] {
            return std::make_shared<Result<ImportSummary>>(
                placements ? importPlacements(profile->database(), bytes, path, options, progress)
                           : importPayments(profile->database(), bytes, path, options, progress));
        }));
}

void ImportDialog::finishImport()
{
    m_importing = false;
    m_importButton->setEnabled(true);
    const Outcome outcome = m_watcher.result();
    if (!outcome->ok()) {
        m_result->setText(outcome->error().code == ErrorCode::InvalidArgument
                              ? tr("Nothing was imported: %1").arg(outcome->error().detail)
                              : errorAdvice(outcome->error().code));
        return;
    }
    m_summary = outcome->value();
    m_progress->setValue(100);
    const ImportSummary& s = *m_summary;
    m_result->setText(tr("%1 rows read: %2 added, %3 updated, %4 unchanged, %5 rejected.")
                          .arg(s.rows)
                          .arg(s.created)
                          .arg(s.updated)
                          .arg(s.unchanged)
                          .arg(s.rejected.size()) +
                      (s.rejected.empty()
                           ? QString()
                           : QLatin1Char(' ') + tr("Save the rejected rows and send them to the lender "
                                                   "to correct; importing the corrected file adds them.")));
    m_reportButton->setEnabled(!s.rejected.empty());
}

void ImportDialog::saveReport()
{
    if (!m_summary)
        return;
    const QString suggested = m_fileEdit->text() + QStringLiteral(".rejected.csv");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (auto written = writeRejectReport(path, *m_summary); !written)
        QMessageBox::warning(this, tr("Report not saved"), errorAdvice(written.error().code));
}

} // namespace collector::ui
