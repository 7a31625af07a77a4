#include "units/PositionSourcesDialog.h"

#include "items/IncidentStore.h"
#include "units/ArrivalWatch.h"
#include "units/UnitRoster.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace cd {

namespace {
const char *const SettingKeys[] = {"units/source/gateway", "units/source/serial", "units/source/log"};
}

QString PositionSourcesDialog::prefix(Row row)
{
    return row == Gateway ? QStringLiteral("tcp:") : row == Serial ? QStringLiteral("serial:") : QStringLiteral("log:");
}

PositionSourcesDialog::PositionSourcesDialog(IncidentStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Position sources"));
    auto *grid = new QGridLayout(this);
    const QString titles[] = {tr("Gateway (TCP, units named by $PCDU)"), tr("Serial receiver (one unit)"), tr("Simulation: recorded NMEA log")};
    const QString hints[] = {tr("host:port, e.g. 10.0.0.5:4001"), tr("device, e.g. /dev/ttyUSB0 (speed set with stty)"), tr("an NMEA log file")};
    QSettings settings;
    for (int r = 0; r < RowCount; ++r) {
        RowWidgets &w = m_rows[size_t(r)];
        grid->addWidget(new QLabel(titles[r], this), r * 2, 0);
        w.where = new QLineEdit(settings.value(QLatin1String(SettingKeys[r])).toString(), this);
        w.where->setPlaceholderText(hints[r]);
        w.where->setMinimumWidth(280);
        grid->addWidget(w.where, r * 2, 1);
        if (r != Gateway) {
            w.unit = new QComboBox(this);
            w.unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            w.unit->setMinimumContentsLength(14);
            w.unit->addItem(tr("Units named in the stream ($PCDU)"), QString());
            grid->addWidget(w.unit, r * 2, 2);
        }
        if (r == Simulation) {
            auto *browse = new QPushButton(tr("Choose…"), this);
            grid->addWidget(browse, r * 2, 3);
            connect(browse, &QPushButton::clicked, this, [this, edit = w.where] {
                const QString file = QFileDialog::getOpenFileName(this, tr("Recorded NMEA log"), edit->text(), tr("NMEA logs (*.nmea *.log *.txt);;All files (*)"));
                if (!file.isEmpty())
                    edit->setText(file);
            });
        }
        w.button = new QPushButton(r == Simulation ? tr("Play") : tr("Connect"), this);
        grid->addWidget(w.button, r * 2, 4);
        w.status = new QLabel(tr("stopped"), this);
        w.status->setWordWrap(true);
        grid->addWidget(w.status, r * 2 + 1, 1, 1, 4);
        connect(w.button, &QPushButton::clicked, this, [this, r] { toggle(Row(r)); });
    }
    grid->setColumnStretch(1, 3); // the address or file is the long text
    grid->setColumnStretch(2, 1);
    auto *note = new QLabel(tr("Positions are WGS-84 (GNSS). A dispatched unit that stays within its incident's arrival radius for 30 s is recorded as arrived (source: geofence)."), this);
    note->setWordWrap(true);
    grid->addWidget(note, RowCount * 2, 0, 1, 5);
    resize(900, sizeHint().height());
}

PositionSourcesDialog::~PositionSourcesDialog() = default;

void PositionSourcesDialog::setUnits(const UnitRoster &roster)
{
    for (Row r : {Serial, Simulation}) {
        QComboBox *box = m_rows[size_t(r)].unit;
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        while (box->count() > 1)
            box->removeItem(1);
        for (const Unit &u : roster.active())
            box->addItem(QStringLiteral("%1 (%2)").arg(u.label(), u.id), u.id);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    }
}

QString PositionSourcesDialog::statusText(Row row) const { return m_rows[size_t(row)].status->text(); }

bool PositionSourcesDialog::toggle(Row row)
{
    RowWidgets &w = m_rows[size_t(row)];
    if (w.feed && w.feed->isRunning()) {
        w.feed->stop();
        w.status->setText(tr("stopped"));
        w.button->setText(row == Simulation ? tr("Play") : tr("Connect"));
        return true;
    }
    const QString typed = w.where->text().trimmed();
    const auto source = LiveFeed::parse(prefix(row) + typed, w.unit ? w.unit->currentData().toString() : QString());
    if (!source) {
        w.status->setText(source.error());
        return false;
    }
    QSettings().setValue(QLatin1String(SettingKeys[row]), typed);
    if (!m_watch) {
        m_watch = std::make_unique<ArrivalWatch>(m_store.journal(), m_store.library(), m_store.calendar(), QStringLiteral("desk"));
    }
    w.feed = std::make_unique<LiveFeed>(*m_watch, m_store.clock(), source.value());
    connect(w.feed.get(), &LiveFeed::status, this, [this, row](const QString &text) {
        RowWidgets &r = m_rows[size_t(row)];
        r.status->setText(text);
        if (!r.feed->isRunning()) // a simulation that played to its end
            r.button->setText(row == Simulation ? tr("Play") : tr("Connect"));
    });
    connect(w.feed.get(), &LiveFeed::failed, this, [this, row](const QString &m) {
        m_rows[size_t(row)].status->setText(m);
        m_rows[size_t(row)].button->setText(row == Simulation ? tr("Play") : tr("Connect"));
    });
    connect(w.feed.get(), &LiveFeed::fixesAdded, this, [this, row] {
        showCounters(row);
        Q_EMIT fixesAdded();
    });
    if (const auto started = w.feed->start(); !started) {
        w.status->setText(started.error());
        return false;
    }
    w.button->setText(tr("Stop"));
    return true;
}

void PositionSourcesDialog::showCounters(Row row)
{
    const RowWidgets &w = m_rows[size_t(row)];
    const auto &c = w.feed->counters();
    QString text = tr("%1 fixes, %2 sentences dropped (checksum %3, malformed %4, impossible jumps %5)")
                       .arg(c.fixes).arg(c.dropped()).arg(c.badChecksum).arg(c.malformed).arg(c.impossibleJump);
    if (row == Simulation)
        text += QStringLiteral(" · ") + tr("%1 to play").arg(w.feed->pending());
    w.status->setText(text);
}

} // namespace cd
