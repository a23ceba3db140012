#include "SecretStore.h"

// Anchors SecretStore's moc output in this library.
