// The map's one-item incident layer: hit-testing at any zoom, the gravest level painted on top,
// filtered markers neither painted nor clickable, and the culled/deduplicated paint still
// drawing every distinct marker.
#include "map/IncidentLayer.h"
#include "items/Presentation.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestIncidentLayer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hitUsesScreenRadiusAtAnyZoom();
    void tieGoesToTheGravestAndSelected();
    void filteredMarkersAreNotHit();
    void paintPutsTheGravestOnTopAndSkipsNothingDistinct();
    void coveredMarkersChangeOnlyTheirEdges();
    void exerciseAndSelectedMarkersCoverNothing();
    void aSyncBegunAgainKeepsItsRepaint();
    void removeKeepsTheRestAddressable();
    void syncRepaintsOnceAndNotWhenNothingMoved();
};

namespace {

cd::IncidentMarker at(qint64 id, QPointF p, cd::Level level, bool exercise = false)
{
    cd::IncidentMarker m;
    m.id = id;
    m.at = p;
    m.rgba = cd::Presentation::levelColor(level).rgba();
    m.severity = 5 - int(level);
    m.exercise = exercise;
    return m;
}

// The layer painted the way a view at `scale` would, the scene origin at the image's origin.
QImage render(cd::IncidentLayer &layer, double scale, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(&layer);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), QSizeF(size) / scale));
    p.end();
    scene.removeItem(&layer);
    return image;
}

// A layer in a scene, markers 1..n at (10·i, 100) already painted once: what the layer asks
// to repaint from then on is in `changed`.
struct LayerInAScene {
    QGraphicsScene scene;
    cd::IncidentLayer *layer = new cd::IncidentLayer; // the scene's
    std::unique_ptr<QSignalSpy> changed;

    explicit LayerInAScene(int n)
    {
        scene.addItem(layer);
        for (int i = 1; i <= n; ++i)
            layer->set(at(i, {10.0 * i, 100}, cd::Level::III));
        QApplication::processEvents();
        changed = std::make_unique<QSignalSpy>(&scene, &QGraphicsScene::changed);
    }
    // The first repaint asked for covers `point`.
    bool firstRepaintCovers(QPointF point) const
    {
        const auto regions = changed->first().first().value<QList<QRectF>>();
        return std::any_of(regions.cbegin(), regions.cend(), [point](const QRectF &r) { return r.contains(point); });
    }
};

} // namespace

void TestIncidentLayer::hitUsesScreenRadiusAtAnyZoom()
{
    cd::IncidentLayer layer;
    layer.set(at(1, {1000, 1000}, cd::Level::III));
    // 12 screen pixels of tolerance: at scale 1 that is 12 scene pixels, at 0.1 it is 120.
    QCOMPARE(layer.hit({1010, 1000}, 1.0, 12)->incidentId(), 1);
    QVERIFY(!layer.hit({1013, 1000}, 1.0, 12));
    QCOMPARE(layer.hit({1100, 1000}, 0.1, 12)->incidentId(), 1);
    QVERIFY(!layer.hit({1121, 1000}, 0.1, 12));
    // Nearest wins.
    layer.set(at(2, {1020, 1000}, cd::Level::III));
    QCOMPARE(layer.hit({1014, 1000}, 1.0, 12)->incidentId(), 2);
    QCOMPARE(layer.hit({1006, 1000}, 1.0, 12)->incidentId(), 1);
}

void TestIncidentLayer::tieGoesToTheGravestAndSelected()
{
    cd::IncidentLayer layer;
    layer.set(at(1, {500, 500}, cd::Level::III));
    layer.set(at(2, {500, 500}, cd::Level::I));
    layer.set(at(3, {500, 500}, cd::Level::II));
    QCOMPARE(layer.hit({500, 500}, 1.0, 12)->incidentId(), 2); // Ⅰ is painted on top
    layer.setSelected(3);
    QCOMPARE(layer.hit({500, 500}, 1.0, 12)->incidentId(), 3); // and the selected above all
}

void TestIncidentLayer::filteredMarkersAreNotHit()
{
    cd::IncidentLayer layer;
    layer.set(at(1, {500, 500}, cd::Level::I));
    layer.set(at(2, {505, 500}, cd::Level::III));
    layer.setShown(1, false);
    QCOMPARE(layer.hit({500, 500}, 1.0, 12)->incidentId(), 2);
    layer.setAllShown(false);
    QVERIFY(!layer.hit({500, 500}, 1.0, 12));
    const QImage image = render(layer, 1.0, {600, 600});
    QCOMPARE(image.pixelColor(500, 500), QColor(Qt::white)); // nothing painted
}

void TestIncidentLayer::paintPutsTheGravestOnTopAndSkipsNothingDistinct()
{
    cd::IncidentLayer layer;
    // One Ⅰ, then 2,000 Ⅲ markers on the same spot (the dedup case) that would cover it in
    // insertion order, and an exercise Ⅲ and a lone Ⅱ elsewhere.
    layer.set(at(1, {200, 200}, cd::Level::I));
    for (int i = 0; i < 2000; ++i)
        layer.set(at(100 + i, {200, 200}, cd::Level::III));
    layer.set(at(2, {400, 200}, cd::Level::III, true));
    layer.set(at(3, {200, 400}, cd::Level::II));
    const QImage image = render(layer, 1.0, {600, 600});
    QCOMPARE(image.pixelColor(200, 200), cd::Presentation::levelColor(cd::Level::I));
    QCOMPARE(image.pixelColor(200, 400), cd::Presentation::levelColor(cd::Level::II));
    // The exercise marker: its fill shows beside the "演" glyph, its dashed ring is dark.
    QCOMPARE(image.pixelColor(400 - 7, 200), cd::Presentation::levelColor(cd::Level::III));
    // Zoomed out ×0.5 the Ⅱ marker moves to (100, 200) and keeps its 9-pixel radius.
    const QImage half = render(layer, 0.5, {300, 300});
    QCOMPARE(half.pixelColor(100, 200), cd::Presentation::levelColor(cd::Level::II));
    QCOMPARE(half.pixelColor(100 + 6, 200), cd::Presentation::levelColor(cd::Level::II));
    QCOMPARE(half.pixelColor(100 + 14, 200), QColor(Qt::white));
}

void TestIncidentLayer::coveredMarkersChangeOnlyTheirEdges()
{
    // 1,500 markers of all four levels on 25 spots 13 pixels apart, as a county's incidents
    // crowd at the city's zoom: most share their pixel with a later one, which covers them, and
    // the layer draws only what shows. The picture must be the one drawing every marker in order
    // gives, but for the antialiased rims of equal discs (a covered rim adds a little alpha).
    QRandomGenerator rng(13);
    std::vector<cd::IncidentMarker> markers;
    cd::IncidentLayer layer;
    const cd::Level levels[] = {cd::Level::I, cd::Level::II, cd::Level::III, cd::Level::IV};
    for (int i = 0; i < 1500; ++i) {
        const QPointF spot(70.0 + 13 * rng.bounded(5), 70.0 + 13 * rng.bounded(5));
        markers.push_back(at(i + 1, spot, levels[rng.bounded(4)]));
        markers.back().shown = i % 7 != 0; // filtered out of the list: neither drawn nor covering
        layer.set(markers.back());
    }
    std::erase_if(markers, [](const cd::IncidentMarker &m) { return !m.shown; }); // the reference draws those shown
    const QSize size(200, 200);
    const QImage drawn = render(layer, 1.0, size);

    // Every marker in paint order (gravest last, insertion order among equals), each on its own.
    std::stable_sort(markers.begin(), markers.end(), [](const cd::IncidentMarker &a, const cd::IncidentMarker &b) { return a.severity < b.severity; });
    QImage every(size, QImage::Format_ARGB32_Premultiplied);
    every.fill(Qt::white);
    {
        QPainter p(&every);
        for (const auto &m : markers) {
            QGraphicsScene scene;
            auto *one = new cd::IncidentLayer;
            one->set(m);
            scene.addItem(one);
            scene.render(&p, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), QSizeF(size)));
        }
    }
    int insideADisc = 0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QColor a = drawn.pixelColor(x, y), b = every.pixelColor(x, y);
            if (std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())}) <= 2)
                continue;
            const QPointF centre(x + 0.5, y + 0.5);
            const bool onARim = std::any_of(markers.cbegin(), markers.cend(), [&](const cd::IncidentMarker &m) {
                return std::abs(QLineF(centre, m.at).length() - cd::IncidentLayer::Radius) <= 1.6;
            });
            insideADisc += onARim ? 0 : 1;
        }
    QCOMPARE(insideADisc, 0);
    // Every marker here is opaque: one drawn per spot, the last one there.
    QVERIFY2(layer.lastPaintBlits() <= 25, qPrintable(QString::number(layer.lastPaintBlits())));
    // Each spot shows the gravest level that stands on it.
    QCOMPARE(drawn.pixelColor(96, 96), every.pixelColor(96, 96));
}

void TestIncidentLayer::exerciseAndSelectedMarkersCoverNothing()
{
    // An exercise marker's ring is dashed: what is under it shows in the gaps, so it covers
    // nothing. The selected marker is drawn last, apart, and covers nothing either.
    cd::IncidentLayer layer;
    layer.set(at(1, {100, 100}, cd::Level::III));
    layer.set(at(2, {100, 100}, cd::Level::I, true)); // exercise, graver: drawn over #1
    layer.set(at(3, {200, 100}, cd::Level::II)); // graver: on top of #4 at the same pixel
    layer.set(at(4, {200, 100}, cd::Level::IV));
    layer.setSelected(3); // drawn apart: #4 under it is still drawn
    (void)render(layer, 1.0, {300, 200});
    QCOMPARE(layer.lastPaintBlits(), 4);
    // The same with plain markers on top: the one under each is covered.
    cd::IncidentLayer plain;
    plain.set(at(1, {100, 100}, cd::Level::III));
    plain.set(at(2, {100, 100}, cd::Level::I));
    plain.set(at(3, {200, 100}, cd::Level::IV));
    plain.set(at(4, {200, 100}, cd::Level::II));
    (void)render(plain, 1.0, {300, 200});
    QCOMPARE(plain.lastPaintBlits(), 2);
}

void TestIncidentLayer::aSyncBegunAgainKeepsItsRepaint()
{
    // A large reset is synced over several turns; a second reset meanwhile begins the sync
    // again. A marker moved in the abandoned part was set without a repaint: the new pass
    // finds it where it now is, and the repaint must still come at its end.
    LayerInAScene s(5);
    cd::IncidentLayer *layer = s.layer;
    layer->beginSync(5, false);
    layer->set(at(3, {45, 100}, cd::Level::III)); // moved (within the layer's bounds), in the first pass
    layer->beginSync(5, false);                    // begun again before it ended
    for (int i = 1; i <= 5; ++i)
        layer->set(at(i, {i == 3 ? 45.0 : 10.0 * i, 100}, cd::Level::III));
    layer->endSync();
    QApplication::processEvents();
    QCOMPARE(s.changed->count(), 1);
    QVERIFY(s.firstRepaintCovers({45, 100}));
}

void TestIncidentLayer::removeKeepsTheRestAddressable()
{
    cd::IncidentLayer layer;
    for (int i = 1; i <= 5; ++i)
        layer.set(at(i, {100.0 * i, 100}, cd::Level::III));
    layer.remove(2);
    layer.beginSync(); // a sync that sets 1, 4 and 5 leaves 3 out
    for (qint64 id : {1, 4, 5})
        layer.set(at(id, {100.0 * id, 100}, cd::Level::III));
    layer.endSync();
    QCOMPARE(layer.count(), 3);
    QVERIFY(!layer.marker(2) && !layer.marker(3));
    for (qint64 id : {1, 4, 5}) {
        QVERIFY(layer.marker(id));
        QCOMPARE(layer.marker(id)->pos(), QPointF(100.0 * id, 100));
        QCOMPARE(layer.hit({100.0 * id, 100}, 1.0, 12)->incidentId(), id);
    }
    QVERIFY(!layer.set(at(4, {400, 100}, cd::Level::III))); // unchanged: no repaint
    QVERIFY(layer.set(at(4, {410, 100}, cd::Level::III)));
}

void TestIncidentLayer::syncRepaintsOnceAndNotWhenNothingMoved()
{
    // A full sync of 100k markers asks for one repaint at its end (of the whole layer), and
    // none when nothing moved. (One marker set outside a sync: tst_dashboard.)
    LayerInAScene s(50);
    cd::IncidentLayer *layer = s.layer;
    auto sync = [&](qint64 movedId, double x) {
        layer->beginSync(50);
        for (int i = 1; i <= 50; ++i)
            layer->set(at(i, {i == movedId ? x : 10.0 * i, 100}, cd::Level::III));
        layer->endSync();
        QApplication::processEvents();
    };
    sync(0, 0); // every marker where it was
    QCOMPARE(s.changed->count(), 0);
    sync(7, 700); // one moved, far to the right
    QCOMPARE(s.changed->count(), 1);
    QVERIFY(s.firstRepaintCovers({700, 100}));
    QCOMPARE(layer->marker(7)->pos(), QPointF(700, 100));
}

QTEST_MAIN(TestIncidentLayer)
#include "tst_incidentlayer.moc"
