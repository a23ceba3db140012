#pragma once

class QWidget;

// Tab order that follows what the user sees instead of the order the widgets were created in:
// a dialog whose subclass adds its fields above the base's list would otherwise be tabbed
// through bottom first.
class FocusOrder
{
public:
    // Walks `root`'s layout top to bottom, left to right, and chains every control that takes
    // Tab in that order. Inside a widget without a layout of its own (a scroll area, a stack),
    // its controls keep the order they have.
    static void followLayout(QWidget *root);
};
