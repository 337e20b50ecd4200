#include "views/workregion.h"

#include "views/emptystate.h"

#include <QLabel>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace collector::ui {

WorkRegion::WorkRegion(const QString& heading, const QString& emptyTitle, const QString& emptyText,
                       QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::StrongFocus); // reachable by its shortcut even while empty
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(heading, this);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    m_stack = new QStackedLayout;
    m_empty = new EmptyState(emptyTitle, emptyText, this);
    m_stack->addWidget(m_empty);
    layout->addLayout(m_stack, 1);
}

void WorkRegion::setContent(QWidget* content)
{
    m_stack->addWidget(content);
    m_stack->setCurrentWidget(content);
}

void WorkRegion::setEmptyText(const QString& title, const QString& text)
{
    m_empty->setText(title, text);
}

QWidget* WorkRegion::body() const
{
    return m_stack->currentWidget();
}

} // namespace collector::ui
