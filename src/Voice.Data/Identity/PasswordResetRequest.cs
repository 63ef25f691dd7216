using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Identity;

/// <summary>
/// A "forgotten password" form as typed, queued for the password-resets job. The page only adds
/// this row, whether or not the address has an account, so its work (and the time it takes) is
/// the same either way; the job looks the address up and emails a link if it belongs to someone.
/// </summary>
public class PasswordResetRequest
{
    public long Id { get; set; }
    public string Email { get; set; } = "";
    public DateTime RequestedAt { get; set; }
}

public class PasswordResetRequestConfiguration : IEntityTypeConfiguration<PasswordResetRequest>
{
    public void Configure(EntityTypeBuilder<PasswordResetRequest> b)
    {
        b.ToTable("PasswordResetRequests");
        b.Property(r => r.Email).HasMaxLength(256);
    }
}
