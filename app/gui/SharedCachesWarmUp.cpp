#include "SharedCachesWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>

namespace cd {

SharedCachesWarmUp::SharedCachesWarmUp()
    : m_thread([] {
        (void)QFontDatabase::families();
        (void)QImageReader::supportedImageFormats();
    })
{
}

} // namespace cd
