package vn.mailcompliance.job;

import java.sql.Connection;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates Spring Batch's job repository tables from the script Spring Batch ships for the database at hand, so the
 * schema always matches the Batch version on the classpath. Connector/J reports MariaDB as MySQL, and MySQL's script is
 * the one that matches it; H2 needs its own script because Batch picks its sequence incrementers by product name.
 */
@Component
class V1__Spring_batch_schema extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName();
        String script = product.toLowerCase().contains("h2") ? "schema-h2.sql" : "schema-mysql.sql";
        ScriptUtils.executeSqlScript(connection, new ClassPathResource("org/springframework/batch/core/" + script));
    }
}
