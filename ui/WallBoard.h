#pragma once

#include "items/WallBoardRows.h"

#include <QStringList>
#include <QWidget>

#include <vector>

namespace cd {

class IncidentStore;

// 大屏模式: every open live reporting window of every incident as a large countdown, to be
// read from 5 m on a 1080p wall display (digits at least 80 px high), most urgent first and
// coloured by state, with the incident, its level, the clause and the office it is due to.
// The running drill's windows are kept to a separate strip marked 演练 at the bottom. It
// follows the store (and so the journal) live; it holds no rule of its own.
class WallBoard final : public QWidget {
    Q_OBJECT
public:
    explicit WallBoard(IncidentStore &store, QWidget *parent = nullptr);

    const std::vector<WallTile> &liveTiles() const { return m_live; }
    const std::vector<WallTile> &drillTiles() const { return m_drill; }
    int digitPixelSize() const; // the countdown digits' pixel size at the current width
    int shownLiveTiles() const { return m_shownLive; }
    // Every text the last paint drew, whole (before eliding): what the wall shows, for checking.
    const QStringList &paintedTexts() const { return m_painted; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();
    void paintTile(QPainter &p, const QRectF &r, const WallTile &t, int digitPx) const;
    void text(QPainter &p, const QRectF &r, int px, bool bold, int align, const QString &s, const QColor &c = Qt::white) const;
    IncidentStore &m_store;
    std::vector<WallTile> m_live;
    std::vector<WallTile> m_drill;
    mutable int m_shownLive = 0;
    mutable QStringList m_painted;
};

} // namespace cd
