package io.clientlens.app.profile;

import io.clientlens.batch.profile.ProfileJson;
import io.clientlens.customer.Profile;

/** The profile document (docs/profile.schema.json) as stored in the database and sent over the API. */
public final class ProfileDocuments {
    private ProfileDocuments() {
    }

    public static String toJson(Profile profile) {
        return ProfileJson.writeLine(profile);
    }

    public static Profile fromJson(String json) {
        return ProfileJson.read(json);
    }
}
