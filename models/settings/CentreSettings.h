#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace cd {

// The settings a centre may decide for all its workstations, layered:
//   the built-in default  <  the centre's file (/etc/commanddesk/commanddesk.conf, INI)
//   <  the user's own QSettings  — except for keys the centre lists in `locked`, where the
// centre's value wins and the user's is ignored. A value that is not valid (wherever it comes
// from) is reported with its key and file, and the next layer down is used instead, so a
// program always starts. No widgets here: File → Settings (ui/SettingsDialog) shows this.
class CentreSettings {
public:
    enum class Kind {
        Text,      // any text
        Required,  // text that may not be empty
        Store,     // empty, an absolute SQLite path or a postgresql:// URL
        File,      // empty or a readable file
        Folder,    // empty or an existing folder
        Volume,    // integer 0 … 100
        Hour,      // integer 0 … 23, an hour of the day
        Minutes,   // integer 1 … 1440
        Language,  // zh_CN or en
    };
    struct Key {
        QString name;          // "report/issuer"
        Kind kind;
        QVariant defaultValue; // empty string: "built-in" (see the documented centre file)
    };

    // Every key, in the order of the documented centre file (packaging/commanddesk.conf).
    static const QList<Key> &keys();
    static const Key *find(const QString &name);
    // $COMMANDDESK_CENTRE_CONF, else /etc/commanddesk/commanddesk.conf.
    static QString centreFilePath();
    // Nullopt when `value` is fine for `name`, else why not (without the key or file).
    static std::optional<QString> check(const QString &name, const QVariant &value);

    // Reads the centre file (missing is fine: every key has its default) and the user's
    // QSettings (the application's organisation and name must be set).
    static CentreSettings load(const QString &centreFile = centreFilePath());

    QVariant value(const QString &name) const; // the one in effect
    QString text(const QString &name) const { return value(name).toString(); }
    QVariant centreValue(const QString &name) const; // the centre's, else the default
    std::optional<QVariant> userValue(const QString &name) const;
    bool isLocked(const QString &name) const { return m_locked.contains(name); }
    bool setByCentre(const QString &name) const { return m_centre.contains(name); }
    const QString &centreFile() const { return m_centreFile; }
    // "KEY in FILE: problem; using VALUE" for each bad value found by load().
    const QStringList &problems() const { return m_problems; }

    // Stores the user's own value (empty removes it: the centre's or the default applies again).
    // Refused with a message when the key is locked by the centre or the value is not valid.
    std::optional<QString> setUserValue(const QString &name, const QVariant &value);

    // The folder of imported holiday notices: calendar/noticeFolder, else the user's own.
    QString calendarDir() const;
    // The default journal: journal/store as the centre sets it (not the user's last one used),
    // else the file in the user's data folder.
    QString centreStore() const;

private:
    QString m_centreFile;
    QMap<QString, QVariant> m_centre; // valid values from the centre file
    QMap<QString, QVariant> m_user;   // valid values from the user's settings
    QStringList m_locked;
    QStringList m_problems;
};

} // namespace cd
