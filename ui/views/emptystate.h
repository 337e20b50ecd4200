// What a region shows when it has nothing yet: a title and a sentence that says how it fills.
#pragma once

#include <QWidget>

class QLabel;

namespace collector::ui {

class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);
    void setText(const QString& title, const QString& text);

private:
    QLabel* m_title;
    QLabel* m_text;
};

} // namespace collector::ui
