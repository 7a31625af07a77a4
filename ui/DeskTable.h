#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace cd {

// A table of the desk's docks: whole rows selected one at a time, read-only, no row numbers,
// one line a row, alternating shades, the last column taking the rest of the width.
QTableView *makeDeskTable(QAbstractItemModel *model, QWidget *parent);

} // namespace cd
