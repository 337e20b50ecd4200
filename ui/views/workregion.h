// One of the main window's three working regions (queue, account workspace, contact script): a heading that
// names it and its shortcut, and a body that later features fill. Until then the body says what will appear.
#pragma once

#include <QFrame>

class QStackedLayout;

namespace collector::ui {

class WorkRegion final : public QFrame
{
    Q_OBJECT
public:
    WorkRegion(const QString& heading, const QString& emptyTitle, const QString& emptyText, QWidget* parent);

    // Replaces the empty state with the region's content.
    void setContent(QWidget* content);
    QWidget* body() const;
    // Changes what the empty state says (while no content has been set).
    void setEmptyText(const QString& title, const QString& text);

private:
    QStackedLayout* m_stack;
    class EmptyState* m_empty;
};

} // namespace collector::ui
