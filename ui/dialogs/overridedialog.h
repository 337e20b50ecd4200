// A lead lifts one block for one contact: the dialog shows the rule and the law behind it, and asks for the
// reason in the lead's own words (long enough to mean something). It only collects; the window records the
// override and its audit entry through core.
#pragma once

#include "compliance/gate.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace collector::ui {

class OverrideDialog final : public QDialog
{
    Q_OBJECT
public:
    OverrideDialog(const GateDecision& decision, QWidget* parent);

    QString reason() const;
    void setReason(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reasonChanged();

    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_count = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace collector::ui
