// The contact-script panel: the current step's words (placeholders filled), the checkpoint to tick before the
// call goes on (Space), the answers as numbered choices (1-9), Enter for a statement. It refuses to go on
// past an unticked checkpoint and says which. When the script ends, its outcome is offered to the contact
// log.
#pragma once

#include "script/script.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace collector::ui {

class ScriptPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptPanel(QWidget* parent = nullptr);

    void start(const Script& script, const QMap<QString, QString>& values);
    bool isRunning() const { return m_run != nullptr; }
    const ScriptRun* run() const { return m_run.get(); }
    // Picks answer `index` (0-based) or, for a statement, goes on; false with the reason shown when refused.
    bool choose(int index = -1);
    void tickCurrent();
    void setValues(const QMap<QString, QString>& values);

Q_SIGNALS:
    // The script ended with this outcome (or none) and hand-over.
    void finished(std::optional<Outcome> outcome, ScriptAction action);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void render();

    std::unique_ptr<ScriptRun> m_run;
    const Script* m_script = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_text = nullptr;
    QCheckBox* m_checkpoint = nullptr;
    QWidget* m_options = nullptr;
    QVBoxLayout* m_optionsLayout = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace collector::ui
