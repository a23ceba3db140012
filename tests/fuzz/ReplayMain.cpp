// Stands in for libFuzzer's main() when the tree is not built for fuzzing: runs the fuzz entry
// point once on every file given, or on every file inside a directory given, and fails when
// there was nothing to run, so that a lost corpus cannot pass as a green test.
#include "FuzzCheck.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file())
                files.push_back(entry.path());
        }
        // Sorted, so that a failure is reproducible and the log reads the same every time.
        std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(path)) {
        files.push_back(path);
    }
    return files;
}

} // namespace

int main(int argc, char **argv)
{
    size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::vector<std::filesystem::path> files = inputsOf(argv[i]);
        if (files.empty()) {
            std::fprintf(stderr, "No inputs in %s\n", argv[i]);
            return 1;
        }
        for (const auto &file : files) {
            std::ifstream stream(file, std::ios::binary);
            const std::string content((std::istreambuf_iterator<char>(stream)),
                                      std::istreambuf_iterator<char>());
            std::fprintf(stderr, "Running %s\n", file.string().c_str());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(content.data()),
                                   content.size());
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::fprintf(stderr, "Usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 1;
    }
    std::fprintf(stderr, "Replayed %zu inputs without a failure.\n", replayed);
    return 0;
}
