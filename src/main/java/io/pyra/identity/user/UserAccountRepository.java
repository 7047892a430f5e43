package io.pyra.identity.user;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

  Optional<UserAccount> findByUsernameIgnoreCase(String username);

  Optional<UserAccount> findByEmailIgnoreCase(String email);

  @Query(
      """
      select count(distinct u.id) from UserAccount u join u.roleIds r
       where u.active = true and r = :roleId""")
  long countActiveHolders(UUID roleId);
}
