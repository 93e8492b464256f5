import ArgumentParser
import Foundation

extension IPTSim {
    /// Runs the command line like ArgumentParser's default `main()`, except that usage errors
    /// (unknown options, missing arguments) exit with status 2, as documented for every
    /// subcommand (ArgumentParser's own default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
