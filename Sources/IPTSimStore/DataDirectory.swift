import Foundation

/// Where records live by default: `$XDG_DATA_HOME/iptsim/records.sqlite`, else
/// `~/.local/share/iptsim/records.sqlite`.
public enum DataDirectory {
    public static func defaultDatabasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        (UserDirectories.data(environment) as NSString).appendingPathComponent("records.sqlite")
    }

    /// Current time as ISO 8601 UTC with milliseconds.
    public static func timestamp(_ date: Date = Date()) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }
}
