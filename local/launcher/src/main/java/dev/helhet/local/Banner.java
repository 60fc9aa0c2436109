package dev.helhet.local;

/** What `make run` prints once everything is up: where to go, who to sign in as, what to try. */
final class Banner {

    private Banner() {
    }

    static void print(StackProfile profile, double seconds) {
        String gateway = "http://localhost:" + profile.gatewayPort();
        System.out.printf("""

                ================================================================================
                 Helhet is running (started in %.1f s). Open %s/ and sign in as below.
                ================================================================================
                 Demo logins (realm helhet, dev-only password: helhet)
                   asker.coordinator      coordinator in Asker
                   asker.professional     professional from NAV Asker
                   asker.admin            municipality admin in Asker
                   asker.teamlead         team lead in Asker (assigns coordinators)
                   harstad.coordinator    coordinator in Harstad       harstad.admin  admin in Harstad
                   harstad.teamlead       team lead in Harstad (accepts people moving in)
                   region.operator        regional operator (onboards municipalities)
                   regional.coordinator   coordinator in Asker and Harstad (chooses one after signing in)
                   amina.hassan           the person herself (role participant): her own page, /me
                   nora.nilsen            a person no municipality has registered yet
                 Partner client: demo-partner / demo-partner-secret (client credentials)
                 Keycloak admin console: %s/admin/  (admin / admin)

                 Try it:
                   TOKEN=$(curl -s -d grant_type=password -d client_id=helhet-cli -d username=asker.coordinator \\
                     -d password=helhet -d 'scope=openid organization' %s/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                   curl -s -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
                     -d '{"name":"Amina Hassan"}' %s/api/v1/participants
                   curl -s -H "Authorization: Bearer $TOKEN" %s/api/v1/statistics/overview

                 Logs: %s
                 Stop: Ctrl-C here, or `make stop` in another terminal.
                ================================================================================
                %n""", seconds, gateway, profile.keycloakUrl(), profile.issuer(), gateway, gateway, profile.logDir());
        System.out.flush();
    }
}
