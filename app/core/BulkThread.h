#pragma once

#include <functional>

// The one thread that decodes badge lists, computes their search keys and frees them, away from
// the GUI thread. One thread rather than the global pool's several: glibc keeps freed memory in
// the malloc arena of the thread that allocated it, and with lists decoded on two pool threads,
// each thread's arena held on to a list's worth of freed pages (the window's memory grew by
// 35 MB over a few reloads of 10,000 badges). On one thread, each list reuses the last one's.
class BulkThread
{
public:
    static void run(std::function<void()> task);
};
