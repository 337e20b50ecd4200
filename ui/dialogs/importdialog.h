// Importing a lender's placement or payment file from the workstation: choose the file and the creditor,
// check how each field maps to a column (pre-set from the header), import with a progress bar off the UI
// thread, then read the summary and save the rejected rows for the lender.
#pragma once

#include "io/fileimport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace collector {
class Profile;
}

namespace collector::ui {

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        Placements,
        Payments
    };

    ImportDialog(Kind kind, std::shared_ptr<Profile> profile, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // For tests and for opening with a file already chosen.
    void setFile(const QString& path);
    void setCreditor(const QString& code);
    void startImport();
    bool isImporting() const { return m_importing; }
    const std::optional<ImportSummary>& summary() const { return m_summary; }

private:
    using Outcome = std::shared_ptr<Result<ImportSummary>>;

    void browse();
    void loadPreview();
    void finishImport();
    void saveReport();
    QJsonObject mappingFromTable() const;
    std::optional<TextEncoding> chosenEncoding() const;
    static QString fieldLabel(ImportField field);

    Kind m_kind;
    std::shared_ptr<Profile> m_profile;
    QByteArray m_bytes;
    std::optional<HeaderPreview> m_preview;
    std::optional<ImportSummary> m_summary;
    bool m_importing = false;

    QLineEdit* m_fileEdit;
    QLineEdit* m_creditorEdit;
    QComboBox* m_encodingCombo;
    QComboBox* m_currencyCombo;
    QLabel* m_readInfo;
    QTableWidget* m_mapping;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_importButton;
    QPushButton* m_reportButton;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace collector::ui
