#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

namespace cd {

// The desk's style: Fusion, with its own title-bar icons made once. Fusion builds them from XPM
// data at every call, and each dock asks for its close and float icons at every layout and
// paint of its title bar (0.4 ms of the desk's first frame, for eight docks).
class DeskStyle final : public QProxyStyle {
    Q_OBJECT
public:
    DeskStyle();
    // The application's style from now on, unless it already is one (QApplication owns it).
    static void install();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr, const QWidget *widget = nullptr) const override;

private:
    mutable QHash<int, QIcon> m_titleBarIcons;
};

} // namespace cd
