#pragma once

#include <QString>

#include <optional>

namespace cd {

// Response levels as the plans write them: Ⅰ (特别重大) is the most severe. Compared by rank,
// where a lower rank is more severe.
enum class Level { I = 1, II = 2, III = 3, IV = 4 };

std::optional<Level> levelFromString(const QString &code); // "I".."IV"
QString levelCode(Level level);                            // "I".."IV"
QString levelNumeral(Level level);                         // "Ⅰ级".."Ⅳ级"
inline bool isMoreSevere(Level a, Level b) { return static_cast<int>(a) < static_cast<int>(b); }
inline bool isAtLeast(Level a, Level threshold) { return static_cast<int>(a) <= static_cast<int>(threshold); }

} // namespace cd
