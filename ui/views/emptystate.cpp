#include "views/emptystate.h"

#include <QLabel>
#include <QVBoxLayout>

namespace collector::ui {

EmptyState::EmptyState(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_text->setAlignment(Qt::AlignHCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(2);
    setText(title, text);
}

void EmptyState::setText(const QString& title, const QString& text)
{
    m_title->setText(title);
    m_text->setText(text);
}

} // namespace collector::ui
