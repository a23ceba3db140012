#pragma once

class SandboxProjectState;

// Realistic demo content for --demo: a handful of badges with emoji, colours, tooltips and
// welcome messages (one with a trigger, one with the seed's `textColor: ""`), users holding
// them and a few rooms. Badges are inserted directly, without validation, exactly as stored
// data on the real backend can be (the empty colour would not pass today's validation).
class SandboxDemo
{
public:
    // Seeds `state` only when it is empty (nothing was ever created in it).
    static bool seed(SandboxProjectState &state);
};
