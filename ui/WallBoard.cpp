#include "WallBoard.h"

#include "DataLanguage.h"
#include "items/IncidentStore.h"
#include "items/Presentation.h"
#include "time/Clock.h"
#include "time/ShanghaiTime.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace cd {

namespace {

const QColor Background(0x10, 0x14, 0x18);

QColor tileColor(Deadline::State s)
{
    switch (s) {
    case Deadline::State::Overdue:
        return QColor(0xb7, 0x1c, 0x1c);
    case Deadline::State::DueSoon:
        return QColor(0xe6, 0x51, 0x00);
    case Deadline::State::Pending:
        return QColor(0x1b, 0x5e, 0x20);
    default:
        return QColor(0x0d, 0x47, 0xa1); // 立即 / 及时: no number, still to do
    }
}

QFont pixelFont(int px, bool bold = false)
{
    QFont f(QStringLiteral("WenQuanYi Zen Hei"));
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

} // namespace

void WallBoard::text(QPainter &p, const QRectF &r, int px, bool bold, int align, const QString &s, const QColor &c) const
{
    p.setFont(pixelFont(px, bold));
    p.setPen(c);
    p.drawText(r, align | Qt::TextSingleLine, QFontMetrics(p.font()).elidedText(s, Qt::ElideRight, int(r.width())));
    m_painted << s;
}

WallBoard::WallBoard(IncidentStore &store, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_store(store)
{
    setObjectName(QStringLiteral("wallBoard"));
    setWindowTitle(tr("CommandDesk wall board"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&store, &IncidentStore::ticked, this, &WallBoard::refresh);
    connect(&store, &IncidentStore::incidentsReset, this, &WallBoard::refresh);
    connect(&store, &IncidentStore::incidentAdded, this, &WallBoard::refresh);
    connect(&store, &IncidentStore::incidentChanged, this, &WallBoard::refresh);
    connect(&store.clocks(), &IncidentClocks::drillChanged, this, &WallBoard::refresh);
    resize(1920, 1080);
    refresh();
}

void WallBoard::refresh()
{
    m_live = WallTiles::of(m_store, World::Live);
    m_drill = WallTiles::of(m_store, World::Drill);
    update();
}

int WallBoard::digitPixelSize() const { return std::max(80, int(height() * 0.10)); }

void WallBoard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        close();
    else if (event->key() == Qt::Key_F11)
        isFullScreen() ? showNormal() : showFullScreen();
    else
        QWidget::keyPressEvent(event);
}

void WallBoard::paintTile(QPainter &p, const QRectF &r, const WallTile &t, int digitPx) const
{
    QPainterPath path;
    path.addRoundedRect(r, 12, 12);
    p.fillPath(path, tileColor(t.state));
    if (t.drill) { // a drill tile is never mistaken for a live one
        p.setPen(QPen(QColor(0x90, 0xca, 0xf9), 4, Qt::DashLine));
        p.drawPath(path);
    }
    const qreal pad = 16;
    const QRectF in = r.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    const int small = std::max(24, digitPx / 4);
    // The plans' words (state, level, 立即, the office) in the desk's language; titles, clauses and
    // the windows' own text as written.
    const QString state = (t.drill ? tr("Exercise · ") : QString()) + DataLanguage::text(Presentation::deadlineStateText(t.state)) +
                          (t.conditional ? tr(" (to be ruled on)") : QString());
    // The clause ("86号 5.1(2)") is short; the state, marked 演练 or 待认定, gets the rest.
    const qreal clauseW = std::min(in.width() * 0.4, QFontMetrics(pixelFont(small, true)).horizontalAdvance(t.clause) + 12.0);
    text(p, QRectF(in.left(), in.top(), in.width() - clauseW, small * 1.3), small, true, Qt::AlignLeft | Qt::AlignVCenter, state);
    text(p, QRectF(in.right() - clauseW, in.top(), clauseW, small * 1.3), small, true, Qt::AlignRight | Qt::AlignVCenter, t.clause);
    // The countdown: as big as the tile allows, never under 80 px.
    const QString bigText = DataLanguage::text(t.big);
    int px = digitPx;
    QFont big = pixelFont(px, true);
    while (px > 80 && QFontMetrics(big).horizontalAdvance(bigText) > in.width()) {
        px -= 4;
        big.setPixelSize(px);
    }
    const qreal bigTop = in.top() + small * 1.3;
    p.setFont(big);
    p.setPen(Qt::white);
    p.drawText(QRectF(in.left(), bigTop, in.width(), px * 1.15), Qt::AlignCenter | Qt::TextSingleLine, bigText);
    m_painted << bigText;
    const qreal line = small * 1.25;
    const qreal below = bigTop + px * 1.15;
    text(p, QRectF(in.left(), below, in.width(), line), small, true, Qt::AlignLeft | Qt::AlignVCenter,
         QStringLiteral("#%1 %2 · %3").arg(t.incidentId).arg(t.title, DataLanguage::text(t.level)));
    text(p, QRectF(in.left(), below + line, in.width(), line), int(small * 0.85), false, Qt::AlignLeft | Qt::AlignVCenter,
         t.dueTo.isEmpty() ? t.action : t.action + QStringLiteral(" → ") + DataLanguage::text(t.dueTo), QColor(0xff, 0xff, 0xff, 220));
}

void WallBoard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_painted.clear();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(rect(), Background);
    const qreal W = width(), H = height();
    const int digitPx = digitPixelSize();
    const int small = std::max(24, digitPx / 4);
    const qreal gap = 14;

    // Header: what this is, the live counts, Beijing time. Always visible.
    const qreal headH = small * 2.4;
    int open = 0, overdue = 0, soon = 0;
    for (const auto &s : m_store.incidents())
        if (m_store.worldOf(*s) == World::Live && static_cast<int>(s->status) < static_cast<int>(IncidentStatus::Closed))
            ++open;
    for (const auto &t : m_live) {
        if (t.state == Deadline::State::Overdue)
            ++overdue;
        else if (t.state == Deadline::State::DueSoon)
            ++soon;
    }
    const QRectF head(gap, 0, W - 2 * gap, headH);
    text(p, QRectF(head.left(), head.top(), W * 0.34, headH), int(small * 1.3), true, Qt::AlignLeft | Qt::AlignVCenter,
         tr("Live reporting windows"));
    text(p, QRectF(W * 0.33, head.top(), W * 0.36, headH), int(small * 1.1), true, Qt::AlignHCenter | Qt::AlignVCenter,
         tr("Open live incidents %1 · overdue %2 · due soon %3").arg(open).arg(overdue).arg(soon),
         overdue > 0 ? QColor(0xff, 0x8a, 0x80) : QColor(0xa5, 0xd6, 0xa7));
    text(p, QRectF(W * 0.66, head.top(), W * 0.34 - gap, headH), int(small * 1.3), true, Qt::AlignRight | Qt::AlignVCenter,
         toShanghai(m_store.clock().now()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + tr(" Beijing time"));

    // The drill strip, only while a drill runs, at the bottom and clearly marked.
    const bool drill = !m_drill.empty() || m_store.clocks().drillRunning();
    const int drillPx = 80;
    const qreal drillH = drill ? small * 1.6 + (small * 1.3 + drillPx * 1.15 + small * 2.5 + 20) : 0;
    const QRectF liveArea(gap, headH, W - 2 * gap, H - headH - (drill ? drillH + gap : 0) - gap);

    // Live tiles: three columns, as many rows as fit at full size.
    const int cols = W >= 1600 ? 3 : 2;
    const qreal tileW = (liveArea.width() - (cols - 1) * gap) / cols;
    const qreal tileH = small * 1.3 + digitPx * 1.15 + small * 2.5 + 24;
    const int rows = std::max(1, int((liveArea.height() + gap) / (tileH + gap)));
    const int capacity = rows * cols;
    const int n = int(m_live.size());
    m_shownLive = n > capacity ? capacity - 1 : n;
    if (m_live.empty()) {
        text(p, liveArea, int(small * 1.6), true, Qt::AlignCenter, tr("No live reporting window is running"), QColor(0xa5, 0xd6, 0xa7));
    }
    for (int i = 0; i < m_shownLive; ++i) {
        const QRectF r(liveArea.left() + (i % cols) * (tileW + gap), liveArea.top() + (i / cols) * (tileH + gap), tileW, tileH);
        paintTile(p, r, m_live[size_t(i)], digitPx);
    }
    if (n > capacity) { // the rest, named, in the last place
        const int i = capacity - 1;
        const QRectF r(liveArea.left() + (i % cols) * (tileW + gap), liveArea.top() + (i / cols) * (tileH + gap), tileW, tileH);
        QPainterPath path;
        path.addRoundedRect(r, 12, 12);
        p.fillPath(path, QColor(0x37, 0x47, 0x4f));
        text(p, r.adjusted(16, 10, -16, -r.height() / 2), digitPx / 2, true, Qt::AlignLeft | Qt::AlignVCenter,
             tr("+%1 more windows").arg(n - capacity + 1));
        QStringList rest;
        for (int k = capacity - 1; k < n && rest.size() < 3; ++k)
            rest << QStringLiteral("#%1 %2 %3").arg(m_live[size_t(k)].incidentId).arg(m_live[size_t(k)].clause, DataLanguage::text(m_live[size_t(k)].big));
        text(p, r.adjusted(16, r.height() / 2, -16, -10), small, false, Qt::AlignLeft | Qt::AlignTop, rest.join(QStringLiteral("  ")));
    }

    if (drill) {
        const QRectF strip(gap, H - drillH - gap, W - 2 * gap, drillH);
        p.setPen(QPen(QColor(0x42, 0xa5, 0xf5), 3, Qt::DashLine));
        p.setBrush(QColor(0x0d, 0x1b, 0x2a));
        p.drawRoundedRect(strip, 10, 10);
        text(p, QRectF(strip.left() + 16, strip.top(), strip.width() - 32, small * 1.6), small, true, Qt::AlignLeft | Qt::AlignVCenter,
             tr("演练 EXERCISE — drill windows, not live work, on the drill clock %1")
                 .arg(m_store.clocks().drillClock() ? toShanghai(m_store.clocks().drillClock()->now()).toString(QStringLiteral("MM-dd HH:mm:ss"))
                                                    : QString()),
             QColor(0x90, 0xca, 0xf9));
        const int dcols = std::max(1, int(W / 480));
        const qreal dW = (strip.width() - 32 - (dcols - 1) * gap) / dcols;
        const qreal dTop = strip.top() + small * 1.6;
        for (int i = 0; i < int(m_drill.size()) && i < dcols; ++i)
            paintTile(p, QRectF(strip.left() + 16 + i * (dW + gap), dTop, dW, strip.bottom() - dTop - 10), m_drill[size_t(i)], drillPx);
        if (m_drill.empty())
            text(p, QRectF(strip.left(), dTop, strip.width(), strip.bottom() - dTop), small, false, Qt::AlignCenter,
                 tr("No drill window is running"), QColor(0x90, 0xca, 0xf9));
    }
}

} // namespace cd
