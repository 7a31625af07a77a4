#pragma once

#include "directory/AgencyDirectory.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cd {

class Clock;
class Journal;
class PlanLibrary;

// 通讯录: every member agency of the plans with its numbers, editable in place. Saving records
// contact_added / contact_changed events on the centre's register (all or none), so each change
// is signed and replayable; CSV import and export use DirectoryCsv. Agencies the plans name but
// the directory lacks are listed greyed, to be filled in.
class DirectoryWindow final : public QDialog {
    Q_OBJECT
public:
    enum Column {
        Agency,
        DutyPhone,
        Fax,
        Liaison,
        LiaisonMobile,
        Deputy,
        DeputyMobile,
        OtherPhones,
        CallOrder,
        Notes,
        MemberOf,
        ColumnCount
    };

    DirectoryWindow(Journal &journal, const Clock &clock, const PlanLibrary &library,
                    QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Records what was edited; the number of events written, or why nothing was (row and field).
    Result<int> save();
    Result<int> importCsv(const QString &path);
    Result<int> exportCsv(const QString &path) const;

private:
    void reload();
    AgencyContact rowContact(int row) const;

    Journal &m_journal;
    const Clock &m_clock;
    const PlanLibrary &m_library;
    AgencyDirectory m_directory;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace cd
