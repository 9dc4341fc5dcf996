using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NumberIntel.Cli.Input;

/// <summary>
/// Which file an open handle is, as the operating system knows it: device and inode from <c>fstat</c> on Linux and
/// macOS. Two paths that reach the same file — the same path spelled twice, a symbolic link, a hard link, a bind mount,
/// <c>/dev/stdin</c> — give the same identity, which comparing path strings cannot see.
/// </summary>
internal static partial class FileIdentity
{
    /// <summary>The identity of the file open as <paramref name="handle"/>, or null where it cannot be read (Windows, other layouts).</summary>
    public static (ulong Device, ulong Inode)? Of(SafeFileHandle handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        var layout = Layout();
        if (layout == StatLayout.Unknown || handle.IsInvalid)
        {
            return null;
        }

        var buffer = new byte[512]; // struct stat is 128–144 bytes on the supported layouts
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var fd = (int)handle.DangerousGetHandle();
            int result;
            try
            {
                result = FStat(fd, buffer);
            }
            catch (EntryPointNotFoundException) when (layout == StatLayout.LinuxX64)
            {
                result = FxStat(1, fd, buffer); // glibc before 2.33 exports fstat only as __fxstat (_STAT_VER 1 on x86-64)
            }

            if (result != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        // Linux x86-64 and arm64 (generic layout): st_dev and st_ino are the first two 64-bit fields.
        // macOS (64-bit inodes): st_dev is 32-bit, then st_mode and st_nlink (16-bit each), then st_ino at offset 8.
        var device = layout == StatLayout.MacOs ? BitConverter.ToUInt32(buffer, 0) : BitConverter.ToUInt64(buffer, 0);
        return (device, BitConverter.ToUInt64(buffer, 8));
    }

    /// <summary>
    /// Whether the two handles are the same file: by device and inode where the OS tells them, otherwise (Windows) by the
    /// full paths with links resolved.
    /// </summary>
    public static bool AreSame(SafeFileHandle first, string? firstPath, SafeFileHandle second, string? secondPath)
    {
        if (Of(first) is { } a && Of(second) is { } b)
        {
            return a == b;
        }

        if (firstPath is null || secondPath is null)
        {
            return false;
        }

        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Resolve(firstPath), Resolve(secondPath), comparison);
    }

    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
    }

    private static StatLayout Layout()
    {
        if (OperatingSystem.IsLinux())
        {
            return RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => StatLayout.LinuxX64,
                Architecture.Arm64 => StatLayout.LinuxArm64,
                _ => StatLayout.Unknown,
            };
        }

        return OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? StatLayout.MacOs
            : StatLayout.Unknown;
    }

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FStat(int fd, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "__fxstat", SetLastError = true)]
    private static partial int FxStat(int version, int fd, [Out] byte[] buffer);

    private enum StatLayout
    {
        Unknown,
        LinuxX64,
        LinuxArm64,
        MacOs,
    }
}
