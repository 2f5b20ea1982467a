#pragma once

#include <QString>

class QCoreApplication;

namespace gd::core {

// Loads GreenDoor's and Qt's translations for a language: the given code (e.g. "de"), or the
// system locale when empty. English is the source language and the fallback. Returns the
// language actually used.
QString installTranslators(QCoreApplication& app, const QString& language);

} // namespace gd::core
