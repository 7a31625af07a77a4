#include "DeskStyle.h"

#include <QApplication>
#include <QStyleFactory>

namespace cd {

DeskStyle::DeskStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void DeskStyle::install()
{
    if (!qobject_cast<DeskStyle *>(QApplication::style()))
        QApplication::setStyle(new DeskStyle);
}

QIcon DeskStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    // Fusion's own XPM pixmaps, whatever the option and the widget say. The other title-bar
    // icons come from the common style, which may ask the platform's icon theme: not cached.
    case SP_TitleBarMinButton:
    case SP_TitleBarCloseButton:
    case SP_TitleBarNormalButton:
    case SP_DockWidgetCloseButton: {
        auto it = m_titleBarIcons.constFind(int(icon));
        if (it == m_titleBarIcons.cend())
            it = m_titleBarIcons.insert(int(icon), QProxyStyle::standardIcon(icon, option, widget));
        return *it;
    }
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace cd
