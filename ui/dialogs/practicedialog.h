// A practice call on demo data: the script of the open account against a simulated debtor. The collector
// reads their line, hears the debtor's answer, picks it (1–9), ticks checkpoints (Space) and goes on (Enter);
// at the end the score shows answers heard right and checkpoints kept the first time.
#pragma once

#include "script/practice.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace collector::ui {

class PracticeDialog final : public QDialog
{
    Q_OBJECT
public:
    PracticeDialog(const Script& script, QMap<QString, QString> values, QWidget* parent);

    PracticeSession* session() const { return m_session.get(); }
    void start(Persona persona);
    // The score in words, once the call has ended (empty before).
    QString result() const { return m_result; }

Q_SIGNALS:
    void finishedWithScore(Persona persona, const PracticeScore& score);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void render();
    void goOn();

    const Script& m_script;
    QMap<QString, QString> m_values;
    std::unique_ptr<PracticeSession> m_session;
    QComboBox* m_persona = nullptr;
    QLabel* m_youSay = nullptr;
    QLabel* m_debtorSays = nullptr;
    QListWidget* m_options = nullptr;
    QCheckBox* m_checkpoint = nullptr;
    QLabel* m_status = nullptr;
    QString m_result;
};

} // namespace collector::ui
