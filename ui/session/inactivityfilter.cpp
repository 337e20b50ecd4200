#include "session/inactivityfilter.h"

#include "session/idletimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace collector::ui {

InactivityFilter::InactivityFilter(IdleTimer& timer, QObject* parent)
    : QObject(parent)
    , m_timer(timer)
{
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityFilter::~InactivityFilter()
{
    if (QCoreApplication::instance() != nullptr)
        QCoreApplication::instance()->removeEventFilter(this);
}

bool InactivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        m_timer.touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace collector::ui
