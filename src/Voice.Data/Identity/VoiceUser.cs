using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Voice.Data.Identity;

public class VoiceUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? InvitedBy { get; set; }
}

public class VoiceUserConfiguration : IEntityTypeConfiguration<VoiceUser>
{
    public void Configure(EntityTypeBuilder<VoiceUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.InvitedBy).HasMaxLength(256);
    }
}
