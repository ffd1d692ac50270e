package org.enforcementledger.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code deploy/token USER ROLES [ORG_UNIT] [HOURS]}: prints an access token for the local run, signed with the key
 * the running stack verifies against ({@code deploy/.data/keys}).
 */
public final class MintToken {

    private MintToken() {
    }

    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: deploy/token USER ROLE[,ROLE...] [ORG_UNIT] [HOURS]");
            System.err.println("  roles: admin personnel-clerk case-officer legal-reviewer leader district-supervisor"
                    + " statistics-reader");
            System.err.println("  example: deploy/token wang.fang case-officer 500112-dawan");
            System.exit(2);
        }
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("LEDGER_HOME", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(env.getOrDefault("LEDGER_DATA_DIR", root.resolve("deploy/.data").toString()));
        List<String> roles = Arrays.stream(args[1].split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        String orgUnit = args.length > 2 && !args[2].isBlank() ? args[2] : null;
        Duration validity = Duration.ofHours(args.length > 3 ? Long.parseLong(args[3]) : 8);
        System.out.println(LocalTokenIssuer.loadOrCreate(LocalStackLauncher.keyDir(dataDir))
                .mint(args[0], roles, orgUnit, validity));
    }
}
