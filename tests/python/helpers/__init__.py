PACKAGE_NAME = "helpers"
