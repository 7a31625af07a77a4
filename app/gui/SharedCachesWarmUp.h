#pragma once

#include <thread>

namespace cd {

// Fills two process-wide caches on a second core while the UI thread reads the plans, the
// calendar and the journal, before the window's first frame needs them: the font database
// (every installed face listed through fontconfig, 3–4 ms, which the first text would wait
// for) and the image-format plugins (loaded by the menu bar's first icon, about 1 ms). Both
// are thread-safe in Qt 6; nothing is painted here, and the font engines themselves stay per
// thread. Start it once the QApplication exists; the destructor waits for it.
class SharedCachesWarmUp {
public:
    SharedCachesWarmUp();

private:
    std::jthread m_thread;
};

} // namespace cd
