#include "settings/CentreSettings.h"

#include "journal/Journal.h"
#include "journal/StoreLocation.h"
#include "time/CalendarStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cd {

const QList<CentreSettings::Key> &CentreSettings::keys()
{
    static const QList<Key> all = {
        {QStringLiteral("report/issuer"), Kind::Required, QStringLiteral("丽水市应急指挥中心")},
        {QStringLiteral("report/numberPrefix"), Kind::Text, QString()},
        {QStringLiteral("report/contact"), Kind::Text, QString()},
        {QStringLiteral("journal/store"), Kind::Store, QString()},
        {QStringLiteral("map/countiesFile"), Kind::File, QString()},
        {QStringLiteral("map/urbanAreaFile"), Kind::File, QString()},
        {QStringLiteral("alarms/volume"), Kind::Volume, 80},
        {QStringLiteral("alarms/urgentSound"), Kind::File, QString()},
        {QStringLiteral("alarms/warningSound"), Kind::File, QString()},
        {QStringLiteral("alarms/drillSound"), Kind::File, QString()},
        {QStringLiteral("calendar/noticeFolder"), Kind::Folder, QString()},
        {QStringLiteral("duty/dayStartHour"), Kind::Hour, 8},
        // How long a member agency's duty may wait for acknowledgement before it alarms (issue 17).
        {QStringLiteral("duty/ackMinutesMajor"), Kind::Minutes, 15},
        {QStringLiteral("duty/ackMinutesOther"), Kind::Minutes, 30},
        {QStringLiteral("ui/language"), Kind::Language, QStringLiteral("zh_CN")},
    };
    return all;
}

const CentreSettings::Key *CentreSettings::find(const QString &name)
{
    for (const Key &k : keys())
        if (k.name == name)
            return &k;
    return nullptr;
}

QString CentreSettings::centreFilePath()
{
    const QString env = qEnvironmentVariable("COMMANDDESK_CENTRE_CONF");
    return env.isEmpty() ? QStringLiteral("/etc/commanddesk/commanddesk.conf") : env;
}

std::optional<QString> CentreSettings::check(const QString &name, const QVariant &value)
{
    const Key *key = find(name);
    if (!key)
        return QStringLiteral("not a CommandDesk setting");
    const QString text = value.toString().trimmed();
    switch (key->kind) {
    case Kind::Text:
        return std::nullopt;
    case Kind::Required:
        if (text.isEmpty())
            return QStringLiteral("must not be empty");
        return std::nullopt;
    case Kind::Store: {
        if (text.isEmpty())
            return std::nullopt;
        if (!StoreLocation::looksLikeUri(text) && !QDir::isAbsolutePath(text))
            return QStringLiteral("\"%1\" is neither an absolute file path nor a postgresql:// URL").arg(text);
        if (const auto parsed = StoreLocation::parse(text); !parsed)
            return parsed.error();
        return std::nullopt;
    }
    case Kind::File: {
        if (text.isEmpty())
            return std::nullopt;
        const QFileInfo info(text);
        if (!info.isFile() || !info.isReadable())
            return QStringLiteral("\"%1\" is not a readable file").arg(text);
        return std::nullopt;
    }
    case Kind::Folder:
        if (!text.isEmpty() && !QFileInfo(text).isDir())
            return QStringLiteral("\"%1\" is not a folder").arg(text);
        return std::nullopt;
    case Kind::Volume: {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < 0 || v > 100)
            return QStringLiteral("\"%1\" is not a volume from 0 to 100").arg(text);
        return std::nullopt;
    }
    case Kind::Hour: {
        bool ok = false;
        const int h = text.toInt(&ok);
        if (!ok || h < 0 || h > 23)
            return QStringLiteral("\"%1\" is not an hour of the day from 0 to 23").arg(text);
        return std::nullopt;
    }
    case Kind::Minutes: {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < 1 || v > 1440)
            return QStringLiteral("\"%1\" is not a number of minutes from 1 to 1440").arg(text);
        return std::nullopt;
    }
    case Kind::Language:
        if (text != QLatin1String("zh_CN") && text != QLatin1String("en"))
            return QStringLiteral("\"%1\" is not a language (zh_CN or en)").arg(text);
        return std::nullopt;
    }
    return std::nullopt;
}

namespace {

bool isNumber(CentreSettings::Kind kind)
{
    return kind == CentreSettings::Kind::Volume || kind == CentreSettings::Kind::Minutes || kind == CentreSettings::Kind::Hour;
}

QString shown(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringLiteral("the built-in default") : QStringLiteral("\"%1\"").arg(s);
}

// QSettings reads "a, b" in INI as a list; one text either way.
QVariant plain(const QVariant &v)
{
    return v.typeId() == QMetaType::QStringList ? QVariant(v.toStringList().join(QStringLiteral(", "))) : v;
}

} // namespace

CentreSettings CentreSettings::load(const QString &centreFile)
{
    CentreSettings s;
    s.m_centreFile = centreFile;
    if (QFileInfo::exists(centreFile)) {
        QSettings file(centreFile, QSettings::IniFormat);
        if (file.status() != QSettings::NoError)
            s.m_problems << QStringLiteral("%1: cannot be read as an INI file; using the defaults").arg(centreFile);
        for (const QString &name : file.allKeys()) {
            // QSettings takes only ';' for a comment; "#key=value" is how the documented file
            // (and any admin) comments a line out, so such keys are not there.
            if (name.startsWith(QLatin1Char('#')) || name.contains(QStringLiteral("/#")))
                continue;
            const QVariant v = plain(file.value(name));
            if (name == QLatin1String("locked")) {
                for (const QString &locked : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (find(locked.trimmed()))
                        s.m_locked << locked.trimmed();
                    else
                        s.m_problems << QStringLiteral("locked in %1: \"%2\" is not a CommandDesk setting").arg(centreFile, locked.trimmed());
                }
                continue;
            }
            const Key *key = find(name);
            if (!key) {
                s.m_problems << QStringLiteral("%1 in %2: not a CommandDesk setting (ignored)").arg(name, centreFile);
                continue;
            }
            if (const auto problem = check(name, v))
                s.m_problems << QStringLiteral("%1 in %2: %3; using %4").arg(name, centreFile, *problem, shown(key->defaultValue));
            else
                s.m_centre.insert(name, isNumber(key->kind) ? QVariant(v.toString().trimmed().toInt()) : QVariant(v.toString().trimmed()));
        }
    }
    QSettings user;
    for (const Key &key : keys()) {
        if (!user.contains(key.name))
            continue;
        const QVariant v = plain(user.value(key.name));
        if (const auto problem = check(key.name, v))
            s.m_problems << QStringLiteral("%1 in %2: %3; using %4")
                                .arg(key.name, user.fileName(), *problem, shown(s.centreValue(key.name)));
        else
            s.m_user.insert(key.name, isNumber(key.kind) ? QVariant(v.toString().trimmed().toInt()) : QVariant(v.toString().trimmed()));
    }
    return s;
}

QVariant CentreSettings::centreValue(const QString &name) const
{
    if (m_centre.contains(name))
        return m_centre.value(name);
    const Key *key = find(name);
    return key ? key->defaultValue : QVariant();
}

std::optional<QVariant> CentreSettings::userValue(const QString &name) const
{
    if (m_user.contains(name))
        return m_user.value(name);
    return std::nullopt;
}

QVariant CentreSettings::value(const QString &name) const
{
    if (!isLocked(name) && m_user.contains(name))
        return m_user.value(name);
    return centreValue(name);
}

std::optional<QString> CentreSettings::setUserValue(const QString &name, const QVariant &value)
{
    const Key *key = find(name);
    if (!key)
        return QStringLiteral("%1: not a CommandDesk setting").arg(name);
    if (isLocked(name))
        return QStringLiteral("%1: fixed by the centre in %2").arg(name, m_centreFile);
    QSettings user;
    if (value.toString().trimmed().isEmpty()) {
        user.remove(name);
        m_user.remove(name);
        return std::nullopt;
    }
    if (const auto problem = check(name, value))
        return QStringLiteral("%1: %2").arg(name, *problem);
    const QVariant stored = isNumber(key->kind) ? QVariant(value.toString().trimmed().toInt()) : QVariant(value.toString().trimmed());
    user.setValue(name, stored);
    m_user.insert(name, stored);
    return std::nullopt;
}

QString CentreSettings::calendarDir() const
{
    const QString folder = text(QStringLiteral("calendar/noticeFolder"));
    return folder.isEmpty() ? CalendarStore::defaultDir() : folder;
}

QString CentreSettings::centreStore() const
{
    const QString store = centreValue(QStringLiteral("journal/store")).toString();
    return store.isEmpty() ? Journal::defaultPath() : store;
}

} // namespace cd
