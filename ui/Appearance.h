#pragma once

#include <QPalette>
#include <QString>

namespace gd::ui {

// Light or dark for the whole console (View > Appearance), remembered in QSettings. System
// follows the desktop's own palette and style; Light and Dark use the Fusion style with a fixed
// palette, so the console and its charts look the same on every desktop.
enum class Appearance
{
    System,
    Light,
    Dark,
};

namespace appearance {

QString settingsKey(); // "view/appearance": system, light or dark
Appearance saved();
void save(Appearance appearance);
// Applies to the running application (QApplication: widgets get a PaletteChange).
void apply(Appearance appearance);
QPalette lightPalette();
QPalette darkPalette();

} // namespace appearance

} // namespace gd::ui
